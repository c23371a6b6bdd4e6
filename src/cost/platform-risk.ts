import type { EvidenceLevel, LifecycleEvent, PriceCatalog } from './price-catalog.js';

/** A platform change that touches the chosen path, placed against today and the horizon. */
export interface PlatformRiskEvent {
  /** YYYY-MM-DD, or null when the source gives no date (in effect when read). */
  date: string | null;
  kind: LifecycleEvent['kind'];
  who?: LifecycleEvent['who'];
  provider: string;
  /** Which side of the plan it hits. */
  affects: 'fine_tune' | 'base';
  status: 'in_effect' | 'within_horizon' | 'after_horizon';
  /** Days from today (negative: already happened); null when undated. */
  days: number | null;
  /** What the source says. */
  text: string;
  /** What it means for this plan. */
  consequence: string;
  source: string;
  evidence: EvidenceLevel;
}

/** Everything the price data's lifecycle events say about one plan. */
export interface PlatformRisk {
  events: PlatformRiskEvent[];
  /** Fine-tuning this model is impossible today; why. */
  closed: string | null;
  /** The date the fine-tuned model stops serving, when within the horizon: a forced migration. */
  fineTuneRetires: string | null;
  /** The last day new fine-tuning jobs can be created, when that falls within the horizon. */
  lastTrainingDay: string | null;
  /** The date the current (prompt-path) model is retired, when within the horizon. */
  baseRetires: string | null;
  /** One-line warnings for the report, most urgent first. */
  warnings: string[];
}

const dayMs = 86_400_000;

/** Days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** `today` plus whole and fractional months (30.4375 days each), as YYYY-MM-DD. */
export function addMonths(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  return new Date(date.getTime() + Math.round(months * 30.4375) * dayMs).toISOString().slice(0, 10);
}

/** Months (of 30.4375 days) between two days. */
export function monthsBetween(from: string, to: string): number {
  return daysBetween(from, to) / 30.4375;
}

function appliesTo(event: LifecycleEvent, modelId: string, provider: string): boolean {
  return event.provider === provider && (event.models.length === 0 || event.models.includes(modelId));
}

function describeWho(who: LifecycleEvent['who']): string {
  if (who === 'new_organizations') return 'organisations that never ran fine-tuning';
  if (who === 'inactive_organizations')
    return 'organisations without fine-tuned inference in the past 60 days';
  return 'everyone';
}

/**
 * Places the lifecycle events of the fine-tune model's and the current model's providers against
 * today and the horizon: whether the path is already closed, when the fine-tune would be retired
 * (forcing a migration), the last day training jobs can be created, and when the prompt path's
 * model is retired.
 */
export function assessPlatformRisk(options: {
  catalog: PriceCatalog;
  fineTuneModel: { id: string; provider: string };
  baseModel: { id: string; provider: string } | undefined;
  today: string;
  horizonMonths: number;
}): PlatformRisk {
  const { catalog, fineTuneModel, baseModel, today } = options;
  const horizonEnd = addMonths(today, options.horizonMonths);
  const events: PlatformRiskEvent[] = [];
  const place = (event: LifecycleEvent, affects: PlatformRiskEvent['affects'], consequence: string) => {
    const days = event.date === null ? null : daysBetween(today, event.date);
    const status: PlatformRiskEvent['status'] =
      days === null || days <= 0
        ? 'in_effect'
        : event.date! <= horizonEnd
          ? 'within_horizon'
          : 'after_horizon';
    events.push({
      date: event.date,
      kind: event.kind,
      who: event.who,
      provider: event.provider,
      affects,
      status,
      days,
      text: event.text,
      consequence,
      source: event.source,
      evidence: catalog.sources[event.source]?.evidence ?? 'unverified',
    });
  };
  for (const event of catalog.events) {
    if (appliesTo(event, fineTuneModel.id, fineTuneModel.provider)) {
      place(event, 'fine_tune', fineTuneConsequence(event, fineTuneModel.id));
    } else if (
      baseModel !== undefined &&
      event.kind === 'base_model_retired' &&
      appliesTo(event, baseModel.id, baseModel.provider)
    ) {
      place(
        event,
        'base',
        `${baseModel.id} must be replaced; prompts usually carry over, so re-run the eval on the replacement`,
      );
    }
  }
  // YYYY-MM-DD sorts as plain text (localeCompare would load ICU's collator for the same order).
  events.sort((a, b) => {
    const left = a.date ?? '';
    const right = b.date ?? '';
    return left < right ? -1 : left > right ? 1 : 0;
  });

  const fineTuneEvents = events.filter((event) => event.affects === 'fine_tune');
  const closing = fineTuneEvents.find(
    (event) =>
      event.status === 'in_effect' && (event.kind !== 'no_new_fine_tuning_jobs' || event.who === 'everyone'),
  );
  const closed = closing
    ? `${closing.kind === 'fine_tuning_deprecated' ? 'fine-tuning is deprecated at' : 'fine-tuning is closed for'} ${fineTuneModel.id}${closing.date ? ` since ${closing.date}` : ''}: ${closing.text}`
    : null;
  const retire = fineTuneEvents.find(
    (event) =>
      event.status === 'within_horizon' &&
      (event.kind === 'fine_tuned_models_retired' || event.kind === 'base_model_retired'),
  );
  const lastJobs = fineTuneEvents.find(
    (event) =>
      event.status === 'within_horizon' &&
      event.kind === 'no_new_fine_tuning_jobs' &&
      event.who === 'everyone',
  );
  // The base model may be the fine-tune model itself: look its retirement up directly.
  const baseRetire =
    baseModel === undefined
      ? undefined
      : events.find(
          (event) =>
            event.kind === 'base_model_retired' &&
            event.status === 'within_horizon' &&
            (event.affects === 'base' || baseModel.id === fineTuneModel.id),
        );

  const warnings: string[] = [];
  const label = (event: PlatformRiskEvent) =>
    event.evidence === 'secondary' || event.evidence === 'unverified' ? ` (${event.evidence} source)` : '';
  // Most urgent first: the reason line of Q3 quotes the first.
  if (closed !== null) warnings.push(closed);
  if (retire?.date) {
    warnings.push(
      `${fineTuneModel.id} fine-tunes stop serving on ${retire.date} (in ${retire.days} days)${label(retire)}: one forced migration within the horizon is counted`,
    );
  }
  if (lastJobs?.date) {
    warnings.push(
      `${lastJobs.provider} stops all new fine-tuning jobs on ${lastJobs.date} (in ${lastJobs.days} days)${label(lastJobs)}: every training run must finish before then; later retraining means another provider`,
    );
  }
  if (baseRetire?.date && baseModel !== undefined) {
    warnings.push(
      `${baseModel.id} is retired on ${baseRetire.date} (in ${baseRetire.days} days)${label(baseRetire)}: the prompt path re-runs its eval on the replacement (counted)`,
    );
  }
  if (closed === null) {
    for (const event of fineTuneEvents) {
      if (
        event.status === 'in_effect' &&
        event.kind === 'no_new_fine_tuning_jobs' &&
        event.who !== 'everyone'
      ) {
        warnings.push(
          `since ${event.date}, ${event.provider} creates no new fine-tuning jobs for ${describeWho(event.who)}`,
        );
      }
    }
  }
  return {
    events,
    closed,
    fineTuneRetires: retire?.date ?? null,
    lastTrainingDay: lastJobs?.date ?? null,
    baseRetires: baseRetire?.date ?? null,
    warnings,
  };
}

function fineTuneConsequence(event: LifecycleEvent, modelId: string): string {
  switch (event.kind) {
    case 'no_new_fine_tuning_jobs':
      return event.who === 'everyone'
        ? 'no training or retraining after this date on this provider'
        : `only possible if your organisation is not among ${describeWho(event.who)}`;
    case 'fine_tuned_models_retired':
      return `a fine-tune of ${modelId} stops serving: retrain elsewhere (a migration)`;
    case 'base_model_retired':
      return `${modelId} and its fine-tunes stop serving: retrain elsewhere (a migration)`;
    case 'fine_tuning_deprecated':
      return 'the provider no longer supports fine-tuning';
  }
}
