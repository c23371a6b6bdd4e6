import { auditEvalSet, hygieneLimits } from '../audits/eval-set/index.js';
import {
  accuracySlices,
  lengthSlices,
  positionSlice,
  positionSlices,
} from '../audits/retrieval/accuracy-slices.js';
import { answerInContext } from '../audits/retrieval/answer-in-context.js';
import { chunkHygiene } from '../audits/retrieval/chunk-hygiene.js';
import { conditionalAccuracy } from '../audits/retrieval/conditional-accuracy.js';
import { foundationStatus, minimumGroup } from '../audits/retrieval/foundation-status.js';
import { goldDepth } from '../audits/retrieval/gold-depth.js';
import { type GoldEvidence, goldEvidence } from '../audits/retrieval/gold-evidence.js';
import { inlineRetrievalQuality, runRetrievalQuality } from '../audits/retrieval/retrieval-quality.js';
import { unknownGoldIds } from '../audits/retrieval/unknown-gold-ids.js';
import type { FoundationQuestion } from '../core/report/report.js';
import { foundationBar } from '../decision/headroom.js';
import { seededRandom } from '../stats/random.js';
import type { AssessContext } from './assess-context.js';

/** Seed of the bootstrap intervals, so the same inputs always give the same report. */
const bootstrapSeed = 1;
const bootstrapResamples = 2000;

/**
 * Q4: is there a foundation problem underneath? Compares accuracy when the gold passage reached the
 * prompt with accuracy when it did not (rag.md §2.3), measures retrieval at the operating k, and audits
 * the eval set itself. Everything is computed offline from the loaded project (qrels and run files are
 * read with the project); the decision rule is `foundationStatus`.
 */
export async function assessFoundation(
  context: Pick<AssessContext, 'project' | 'items' | 'thresholds'>,
): Promise<FoundationQuestion> {
  const { project, items, thresholds } = context;
  const alpha = thresholds.alpha;
  const cases = project.cases.map((prepared) => prepared.evalCase);
  const retrieval = project.retrieval;
  const hygiene = auditEvalSet(cases);
  const limits = hygieneLimits(hygiene);
  const evidence = cases.map((evalCase) => goldEvidence(evalCase));
  const assessed = evidence.flatMap((entry, index) => (entry === undefined ? [] : [{ entry, index }]));

  if (assessed.length === 0) {
    const withContexts = cases.filter((evalCase) => evalCase.contexts !== undefined).length;
    const reason =
      withContexts === 0
        ? 'no retrieval data: add `contexts` ([{"id", "text"}]) and `gold_ids` to eval rows, or name `retrieval: {qrels: ..., run: ...}` in fixfirst.yaml (query ids = item ids)'
        : `${withContexts} item(s) log contexts but none has gold ids or a text reference to look for: add \`gold_ids\` to eval rows or \`retrieval: {qrels: ...}\` to fixfirst.yaml`;
    return {
      status: 'not_assessed',
      reason: limits === undefined ? reason : `${reason}. ${limits}`,
      hygiene,
    };
  }

  const conditional = conditionalAccuracy(
    assessed.map(({ entry, index }) => ({
      goldPresent: entry.present,
      correct: items[index]!.correctLenient,
    })),
    alpha,
  );
  const decided = foundationStatus(conditional, {
    threshold: thresholds.foundation_share,
    alpha,
    totalItems: cases.length,
  });
  const sources = new Set(assessed.map(({ entry }) => entry.source));
  const goldSource = sources.size > 1 ? 'mixed' : sources.has('gold_ids') ? 'gold_ids' : 'answer_in_context';
  const answerItems = assessed.filter(({ entry }) => entry.source === 'answer_in_context').length;

  const random = seededRandom(bootstrapSeed);
  const quality =
    retrieval?.qrels !== undefined && retrieval.run !== undefined
      ? runRetrievalQuality(
          retrieval.qrels.qrels,
          retrieval.run.run,
          { k: retrieval.k, level: retrieval.level },
          { alpha, random, resamples: bootstrapResamples },
        )
      : inlineRetrievalQuality(cases, { alpha, random, resamples: bootstrapResamples });
  const misses = assessed
    .filter(({ entry }) => !entry.present && entry.source === 'gold_ids')
    .map(({ index }) => cases[index]!);
  const depth =
    retrieval?.run === undefined ? undefined : goldDepth(misses, retrieval.run.run, retrieval.k, alpha);

  const present = assessed.filter(
    (entry): entry is { entry: GoldEvidence & { position: number }; index: number } =>
      entry.entry.position !== null,
  );
  const byPosition = accuracySlices(
    present.map(({ entry, index }) => ({
      slice: positionSlice(entry.position, entry.contexts),
      correct: items[index]!.correctLenient,
    })),
    positionSlices,
    alpha,
  );
  const lengths = assessed
    .map(({ index }) => ({
      index,
      length: (cases[index]!.contexts ?? []).reduce((sum, passage) => sum + passage.text.length, 0),
    }))
    .filter((entry) => entry.length > 0);
  const lengthBuckets = lengthSlices(lengths.map((entry) => entry.length));
  const byContextLength = accuracySlices(
    lengths.map(({ index, length }) => ({
      slice: lengthBuckets.sliceOf(length),
      correct: items[index]!.correctLenient,
    })),
    lengthBuckets.labels,
    alpha,
  );
  const chunks = chunkHygiene(cases);
  const missesWithAnswerElsewhere = misses.filter(
    (evalCase) => (answerInContext(evalCase.reference, evalCase.contexts ?? []) ?? -1) >= 0,
  ).length;
  const findings = [
    ...(retrieval?.findings ?? []),
    ...chunks.findings,
    ...unknownGoldIds(
      cases,
      retrieval?.run?.run,
      project.files.find((file) => file.role === 'eval')?.path ?? 'the eval file',
      retrieval?.corpus,
    ),
  ];
  const bar = foundationBar(items, alpha, { status: decided.status, findings });

  const notes: string[] = [decided.reason];
  if (goldSource !== 'gold_ids') {
    notes.push(
      `${answerItems} item(s) have no gold ids, so "gold reached the prompt" means the reference answer appears in a passage (answer-in-context: a proxy, weak for long free-text references)`,
    );
  }
  if (missesWithAnswerElsewhere > 0) {
    notes.push(
      `${missesWithAnswerElsewhere} gold-id miss(es) have the reference answer in another passage: the gold ids may be incomplete`,
    );
  }
  if (quality?.source === 'inline' && retrieval !== undefined && retrieval.k !== quality.k) {
    notes.push(
      `with contexts logged in the eval rows, k is what the prompts hold: ${quality.k} passage(s) in the largest prompt, not retrieval.k ${retrieval.k} from fixfirst.yaml (that k applies to a run file)`,
    );
  }
  if (limits !== undefined) notes.push(limits);

  return {
    status: decided.status,
    reason: notes.join('. '),
    goldSource,
    items: {
      total: cases.length,
      assessed: assessed.length,
      goldPresent: conditional.goldPresent,
      goldMissing: conditional.goldMissing,
      failures: conditional.failures,
      failuresGoldMissing: conditional.failuresGoldMissing,
    },
    goldMissingShareOfFailures: conditional.goldMissingShareOfFailures,
    accuracyGoldPresent: conditional.accuracyGoldPresent,
    accuracyGoldMissing: conditional.accuracyGoldMissing,
    gap: conditional.gap,
    pValue: conditional.pValue,
    threshold: thresholds.foundation_share,
    minimumGroup,
    itemsNeeded: decided.itemsNeeded,
    projectedLift: bar.assessed
      ? {
          value: bar.value,
          low: bar.low,
          high: bar.high,
          method: 'product',
          kind: 'estimate',
          note: bar.note,
        }
      : { status: 'not_assessed', reason: bar.reason },
    retrieval: quality ?? null,
    goldDepth: depth ?? null,
    byPosition,
    byContextLength,
    chunks: {
      itemsWithContexts: chunks.itemsWithContexts,
      duplicateChunks: chunks.duplicateChunks,
      itemsWithDuplicates: chunks.itemsWithDuplicates,
      emptyChunks: chunks.emptyChunks,
      itemsWithEmpty: chunks.itemsWithEmpty,
    },
    answerInContext: { items: answerItems, missesWithAnswerElsewhere },
    findings,
    hygiene,
    details: {
      correctness:
        'lenient (correct after surface normalisation): surface failures are not retrieval failures',
      k: quality?.k ?? retrieval?.k ?? null,
      relevanceLevel: retrieval?.level ?? 1,
      contextsFromRun: retrieval?.contextsFromRun ?? 0,
      goldFromQrels: retrieval?.goldFromQrels ?? 0,
      bootstrap: { seed: bootstrapSeed, resamples: bootstrapResamples, method: 'percentile' },
    },
  };
}
