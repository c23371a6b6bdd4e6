import type { FoundationQuestion } from '../../../core/report/report.js';
import { escapeHtml } from '../escape.js';
import { areFindings, findingsTable } from '../findings-table.js';
import { formatNumber, renderGenericValue } from '../generic-value.js';
import { countsHtml, differenceHtml, kindBadge, liftHtml, rateHtml, section } from '../html-format.js';
import { otherFields, questionHead } from './question-parts.js';

/** The SVGs of the foundation section (empty strings when there is nothing to draw). */
export interface FoundationFigures {
  hitMiss: string;
  byPosition: string;
  byContextLength: string;
}

type Answered = Extract<
  FoundationQuestion,
  { status: 'foundation_gap' | 'no_foundation_gap' | 'inconclusive' }
>;
type Estimate = { value: number; low: number; high: number; k?: number; n?: number };

const goldSources: Record<string, string> = {
  gold_ids: 'gold ids in the eval rows',
  answer_in_context: 'the reference answer appearing in a passage (no gold ids)',
  mixed: 'gold ids where given, else the reference answer appearing in a passage',
};

/** How a row's figure reads: a rate in percent, a difference in points, or a score in [0, 1] (MRR, nDCG). */
type Reading = 'rate' | 'difference' | 'score';

const score = (estimate: Estimate) =>
  `<span class="figure">${estimate.value.toFixed(3)}</span> <span class="ci">[${estimate.low.toFixed(3)}–${estimate.high.toFixed(3)}]</span>`;

function rateRow(
  label: string,
  estimate: Estimate | null | undefined,
  note: string,
  reading: Reading = 'rate',
): string {
  if (!estimate) return '';
  const figure =
    reading === 'difference'
      ? differenceHtml(estimate)
      : reading === 'score'
        ? score(estimate)
        : `${rateHtml(estimate)}${countsHtml(estimate)}`;
  return `<tr><th scope="row">${escapeHtml(label)}</th><td class="number">${figure}</td><td class="note">${escapeHtml(note)}</td></tr>`;
}

function retrievalBlock(question: Answered): string {
  const retrieval = question.retrieval;
  if (!retrieval) return '';
  const rows = [
    rateRow(
      `Hit rate @${retrieval.k}`,
      retrieval.hitRate,
      'share of queries with a relevant passage in the prompt',
    ),
    rateRow(`Recall @${retrieval.k}`, retrieval.recall, 'mean over queries'),
    rateRow('MRR', retrieval.reciprocalRank, 'mean reciprocal rank of the first relevant passage', 'score'),
    rateRow(`nDCG @${retrieval.k}`, retrieval.ndcg, 'mean over queries', 'score'),
  ].join('');
  const measures = Object.keys(retrieval.measures).length
    ? `<details class="evidence"><summary>trec_eval measures (${Object.keys(retrieval.measures).length})</summary><dl class="kv">${Object.entries(
        retrieval.measures,
      )
        .map(([name, value]) => `<dt><code>${escapeHtml(name)}</code></dt><dd>${formatNumber(value)}</dd>`)
        .join('')}</dl></details>`
    : '';
  return `<h3>Retrieval quality</h3><p class="muted">${formatNumber(retrieval.queries)} queries, ${retrieval.source === 'inline' ? 'contexts and gold ids from the eval rows' : 'qrels and a TREC run (trec_eval rules)'}, k = ${retrieval.k}.</p><div class="table-wrap"><table class="compact"><tbody>${rows}</tbody></table></div>${measures}`;
}

function depthBlock(question: Answered): string {
  const depth = question.goldDepth;
  if (!depth) return '';
  return `<h3>Where the missed gold passages were</h3><dl class="facts">
<div><dt>Misses at k = ${depth.k}</dt><dd><span class="figure">${formatNumber(depth.misses)}</span></dd></div>
<div><dt>Ranked deeper (rerank or raise k)</dt><dd><span class="figure">${formatNumber(depth.deeper)}</span> ${rateHtml(depth.deeperShare)}</dd></div>
<div><dt>Not retrieved at all (index, chunking, query)</dt><dd><span class="figure">${formatNumber(depth.nowhere)}</span></dd></div>
</dl>`;
}

function slicesBlock(title: string, figure: string, slices: Answered['byPosition']): string {
  if (slices.length === 0) return '';
  const rows = slices
    .map(
      (slice) =>
        `<tr><th scope="row">${escapeHtml(slice.label)}</th><td class="number">${rateHtml(slice.accuracy)}${countsHtml(slice.accuracy)}</td><td class="number">p = ${slice.pValue.toPrecision(2)} <span class="muted">(Holm ${slice.adjustedPValue.toPrecision(2)})</span></td></tr>`,
    )
    .join('');
  return `<h3>${escapeHtml(title)}</h3>${figure ? `<figure class="figure-small">${figure}</figure>` : ''}<details class="evidence"><summary>Figures and tests</summary><div class="table-wrap"><table class="compact"><thead><tr><th scope="col">Slice</th><th scope="col" class="number">Accuracy</th><th scope="col" class="number">Fisher vs the rest</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

function answeredBlocks(question: Answered, figures: FoundationFigures): string[] {
  const parts: string[] = [];
  const items = question.items;
  parts.push(`<dl class="facts">
<div><dt>Failures with the gold passage missing <span class="muted">(an upper bound on what retrieval fixes can buy)</span></dt><dd>${rateHtml(question.goldMissingShareOfFailures)}${countsHtml(question.goldMissingShareOfFailures)}</dd></div>
<div><dt>FIX_FOUNDATION threshold</dt><dd>${(question.threshold * 100).toFixed(0)}%</dd></div>
<div><dt>Items assessed</dt><dd>${formatNumber(items.assessed)} <span class="muted">of ${formatNumber(items.total)} · ${formatNumber(items.goldPresent)} with gold, ${formatNumber(items.goldMissing)} without</span></dd></div>
</dl>
<p class="muted">Whether the gold passage reached the prompt is decided by ${escapeHtml(goldSources[question.goldSource] ?? question.goldSource)}.${question.itemsNeeded === null ? '' : ` Too few items in one group to decide: about ${formatNumber(question.itemsNeeded)} items would give at least ${formatNumber(question.minimumGroup)} in each.`}</p>`);
  if (figures.hitMiss) parts.push(`<figure class="figure-small">${figures.hitMiss}</figure>`);
  const projected = question.projectedLift;
  parts.push(
    `<div class="table-wrap"><table><tbody>${[
      rateRow(
        'Accuracy, gold passage in the prompt',
        question.accuracyGoldPresent,
        'lenient accuracy (Wilson)',
      ),
      rateRow('Accuracy, gold passage missing', question.accuracyGoldMissing, 'lenient accuracy (Wilson)'),
      rateRow(
        'Gap (present − missing)',
        question.gap,
        `accuracy points, Newcombe interval; Fisher p = ${question.pValue.toPrecision(2)}`,
        'difference',
      ),
      'status' in projected
        ? `<tr><th scope="row">What perfect retrieval could add</th><td class="number"><span class="figure muted">not assessed</span> ${kindBadge('not_assessed')}</td><td class="note">${escapeHtml(projected.reason)}</td></tr>`
        : `<tr><th scope="row">What perfect retrieval could add</th><td class="number">${liftHtml(projected)} ${kindBadge(projected.kind)}</td><td class="note">${escapeHtml(projected.note)}</td></tr>`,
    ].join('')}</tbody></table></div>`,
  );
  parts.push(retrievalBlock(question));
  parts.push(depthBlock(question));
  parts.push(
    slicesBlock(
      'Accuracy by the gold passage’s position in the prompt',
      figures.byPosition,
      question.byPosition,
    ),
  );
  parts.push(slicesBlock('Accuracy by context length', figures.byContextLength, question.byContextLength));
  const chunks = question.chunks;
  if (
    chunks.duplicateChunks + chunks.emptyChunks > 0 ||
    question.answerInContext.missesWithAnswerElsewhere > 0
  ) {
    parts.push(`<h3>Context hygiene</h3><dl class="facts">
<div><dt>Duplicate passages</dt><dd>${formatNumber(chunks.duplicateChunks)} <span class="muted">in ${formatNumber(chunks.itemsWithDuplicates)} prompts</span></dd></div>
<div><dt>Empty passages</dt><dd>${formatNumber(chunks.emptyChunks)} <span class="muted">in ${formatNumber(chunks.itemsWithEmpty)} prompts</span></dd></div>
<div><dt>Misses with the answer in another passage</dt><dd>${formatNumber(question.answerInContext.missesWithAnswerElsewhere)} <span class="muted">(incomplete gold ids?)</span></dd></div>
</dl>`);
  }
  if (areFindings(question.findings))
    parts.push(`<h3>Retrieval-data findings</h3>${findingsTable(question.findings)}`);
  if (Object.keys(question.details).length > 0)
    parts.push(
      `<details class="evidence"><summary>Settings used</summary>${renderGenericValue(question.details)}</details>`,
    );
  return parts;
}

/** Q4: is there a retrieval (foundation) problem underneath? Hit-vs-miss accuracy, retrieval metrics, eval-set hygiene. */
export function foundationSection(question: FoundationQuestion, figures: FoundationFigures): string {
  const parts = [
    `<p class="eyebrow">Q4 · Is there a foundation problem underneath?</p>`,
    questionHead(question),
  ];
  if (question.status !== 'not_assessed') parts.push(...answeredBlocks(question, figures));
  const hygiene = 'hygiene' in question ? question.hygiene : undefined;
  if (hygiene && areFindings(hygiene)) parts.push(`<h3>Eval-set hygiene</h3>${findingsTable(hygiene)}`);
  parts.push(
    otherFields(question, [
      'goldSource',
      'items',
      'goldMissingShareOfFailures',
      'accuracyGoldPresent',
      'accuracyGoldMissing',
      'gap',
      'pValue',
      'threshold',
      'minimumGroup',
      'itemsNeeded',
      'projectedLift',
      'retrieval',
      'goldDepth',
      'byPosition',
      'byContextLength',
      'chunks',
      'answerInContext',
      'findings',
      'hygiene',
      'details',
    ]),
  );
  return section('foundation', 'Retrieval foundation', parts.join('\n'));
}
