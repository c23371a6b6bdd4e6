/**
 * Defaults of the `economics:` section, each with why it is what it is. They are assumptions, not
 * measurements: every one used is listed under "assumptions" in the report, so a reader can see
 * which figures were not set for this project.
 */
export const economicsDefaults = {
  horizonMonths: { value: 12, note: 'payback must happen within a year (assumption)' },
  iterations: {
    value: 3,
    note: 'fine-tuning takes several runs; research/evidence-cost.md §6.1 budgets 3–5 (assumption, not a sourced statistic)',
  },
  runsPerIteration: { value: 1, note: 'one full eval run per training run' },
  runsPerFix: {
    value: 3,
    note: 'three full eval runs to try and confirm a prompt or retrieval fix (assumption)',
  },
  hourlyRate: { value: 100, note: 'loaded engineering cost per hour (assumption: no source)' },
  labellingHourlyRate: { value: 30, note: '"$30/hour burdened" (annotation-cost blog; unverified)' },
  minutesPerExample: {
    value: 3,
    note: '15–30 complex examples per hour, about 20 (annotation-cost blog; unverified)',
  },
  qaRework: { value: 0, note: 'no QA rework share assumed' },
  hours: {
    fix_prompt: { value: 8, note: 'a day of prompt and output-handling work (assumption)' },
    fix_foundation: { value: 40, note: 'a week of retrieval work: chunking, index, reranking (assumption)' },
    fix_data: { value: 16, note: 'two days of cleaning, besides any relabelling (assumption)' },
    fine_tune: {
      value: 40,
      note: 'a week per fine-tuning campaign: data export, jobs, evaluation, deployment (assumption)',
    },
  },
  fewShotTokens: { value: 0, note: 'no few-shot examples in the prompt unless configured' },
  fixExtraTokens: { value: 0, note: 'a prompt fix adds no tokens unless configured' },
} as const;
