import type { DataAudit } from '../../core/data-audit.js';

/**
 * Too few examples to fine-tune on: OpenAI's minimum is 10, and improvements show from 50-100
 * well-crafted examples (data.md §1.6). Counts rows that are valid examples.
 */
export const datasetSizeAudit: DataAudit = {
  id: 'dataset_size',
  codes: ['too_few_examples'],
  summary: 'Fewer valid examples than a fine-tuning job needs (error below 10, warning below 50).',
  source: 'data.md §1.6 (OpenAI fine-tuning guide), §11 item 4',
  start(context) {
    const { error_below: errorBelow, warn_below: warnBelow } = context.settings.size;
    return {
      observe() {},
      finish(tools) {
        const examples = tools.examples;
        if (examples >= warnBelow) return { findings: [] };
        const severity = examples < errorBelow ? 'error' : 'warning';
        return {
          findings: [
            {
              code: 'too_few_examples',
              severity,
              message: `${examples} valid example(s); ${severity === 'error' ? `at least ${errorBelow} are required` : `${warnBelow}-100 are recommended`}`,
              rows: [],
              rowCount: 0,
              evidence: { examples, errorBelow, warnBelow },
            },
          ],
          // The whole set is affected: ranks first among equal severities.
          affected: { too_few_examples: tools.rows },
        };
      },
    };
  },
};
