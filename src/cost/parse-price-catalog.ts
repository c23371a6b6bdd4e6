import { zodProblems } from '../checks/zod-problems.js';
import { FixfirstError, type LocatedProblem } from '../core/errors.js';
import { type PriceCatalog, priceCatalogSchema } from './price-catalog.js';

const hint = 'every price needs a number, a `source` that names an entry of `sources`, and a date';

/**
 * Validates price data (the shipped prices.json, or a replacement file) against its schema and
 * checks that every cross-reference resolves: sources, providers, models named by events, GPU
 * types and throughput rows. All problems are reported at once, each naming its field.
 */
export function parsePriceCatalog(raw: unknown, shownAs: string): PriceCatalog {
  const parsed = priceCatalogSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = zodProblems(parsed.error, { file: shownAs }, '').map((problem) => ({
      ...problem,
      hint: problem.hint ?? hint,
    }));
    throw problemsError(problems);
  }
  const catalog = parsed.data;
  const problems: LocatedProblem[] = [];
  const add = (field: string, problem: string, fix: string) =>
    problems.push({ location: { file: shownAs, field }, problem, hint: fix });
  const sourceIds = new Set(Object.keys(catalog.sources));
  const checkSource = (field: string, id: string | undefined) => {
    if (id !== undefined && !sourceIds.has(id)) {
      add(
        field,
        `unknown source "${id}"`,
        `add "${id}" to \`sources\` (title, url, read, evidence) or fix the id`,
      );
    }
  };
  const providerIds = new Set(catalog.providers.map((provider) => provider.id));
  const gpuTypes = new Set(catalog.gpuOffers.map((offer) => offer.gpu));
  const throughputIds = new Set(catalog.throughput.map((row) => row.id));
  const names = new Map<string, string>();

  for (const [id, source] of Object.entries(catalog.sources)) {
    checkDate(`sources.${id}.read`, source.read, add);
    if (source.published !== undefined) checkDate(`sources.${id}.published`, source.published, add);
  }
  catalog.providers.forEach((provider, index) => {
    if (provider.caching) checkSource(`providers[${index}].caching.source`, provider.caching.source);
  });
  catalog.models.forEach((model, index) => {
    const field = `models[${index}]`;
    const provider = model.id.slice(0, model.id.indexOf(':'));
    if (!providerIds.has(provider)) {
      add(
        `${field}.id`,
        `unknown provider "${provider}"`,
        `add it to \`providers\` or use one of ${[...providerIds].join(', ')}`,
      );
    }
    for (const name of [model.id, ...model.aliases]) {
      const owner = names.get(name.toLowerCase());
      if (owner !== undefined && owner !== model.id) {
        add(`${field}.aliases`, `"${name}" already names ${owner}`, 'each id and alias must name one model');
      }
      names.set(name.toLowerCase(), model.id);
    }
    if (model.inference) {
      checkSource(`${field}.inference.source`, model.inference.source);
      checkDate(`${field}.inference.asOf`, model.inference.asOf, add);
    }
    const fineTuning = model.fineTuning;
    if (fineTuning) {
      checkSource(`${field}.fineTuning.source`, fineTuning.source);
      checkDate(`${field}.fineTuning.asOf`, fineTuning.asOf, add);
      const training = fineTuning.training;
      if (training && 'selfHosted' in training) {
        if (!throughputIds.has(training.selfHosted.throughput)) {
          add(
            `${field}.fineTuning.training.selfHosted.throughput`,
            `unknown throughput row "${training.selfHosted.throughput}"`,
            `use one of ${[...throughputIds].join(', ')}`,
          );
        }
        if (!gpuTypes.has(training.selfHosted.gpu)) {
          add(
            `${field}.fineTuning.training.selfHosted.gpu`,
            `no GPU offer for "${training.selfHosted.gpu}"`,
            `use one of ${[...gpuTypes].join(', ')}`,
          );
        }
      }
      const hosting = fineTuning.hosting;
      if (hosting && 'gpu' in hosting && !gpuTypes.has(hosting.gpu)) {
        add(
          `${field}.fineTuning.hosting.gpu`,
          `no GPU offer for "${hosting.gpu}"`,
          `use one of ${[...gpuTypes].join(', ')}`,
        );
      }
    }
  });
  const modelIds = new Set(catalog.models.map((model) => model.id));
  catalog.events.forEach((event, index) => {
    const field = `events[${index}]`;
    checkSource(`${field}.source`, event.source);
    checkSource(`${field}.alsoSource`, event.alsoSource);
    if (event.date !== null) checkDate(`${field}.date`, event.date, add);
    if (!providerIds.has(event.provider)) {
      add(
        `${field}.provider`,
        `unknown provider "${event.provider}"`,
        `use one of ${[...providerIds].join(', ')}`,
      );
    }
    event.models.forEach((id, modelIndex) => {
      if (!modelIds.has(id))
        add(`${field}.models[${modelIndex}]`, `unknown model "${id}"`, 'use a model id from `models`');
    });
  });
  catalog.gpuOffers.forEach((offer, index) => {
    checkSource(`gpuOffers[${index}].source`, offer.source);
    checkDate(`gpuOffers[${index}].asOf`, offer.asOf, add);
  });
  catalog.throughput.forEach((row, index) => {
    checkSource(`throughput[${index}].source`, row.source);
  });
  checkSource('labelling.source', catalog.labelling.source);
  checkSource('labelling.llmAnnotationPerItem.source', catalog.labelling.llmAnnotationPerItem.source);
  if (problems.length > 0) throw problemsError(problems);
  return catalog;
}

/** Rejects dates the regex lets through but the calendar does not (2026-02-30). */
function checkDate(
  field: string,
  value: string,
  add: (field: string, problem: string, fix: string) => void,
): void {
  if (value === 'undated' || value.length === 7) return;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    add(field, `"${value}" is not a calendar date`, 'write the date as YYYY-MM-DD');
  }
}

function problemsError(problems: LocatedProblem[]): FixfirstError {
  const [first, ...others] = problems as [LocatedProblem, ...LocatedProblem[]];
  return new FixfirstError('CONFIG_INVALID', `price data: ${first.problem}`, {
    location: first.location,
    hint: first.hint,
    others: others.slice(0, 9),
    total: problems.length,
  });
}
