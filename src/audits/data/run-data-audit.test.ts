import { describe, expect, it } from 'vitest';
import {
  chatSourceRows,
  fakeTokenizer,
  memorySource,
  settingsWith,
} from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { silentProgress } from '../../diagnosis/assess-context.js';
import { dataAudits } from './index.js';
import { collectAuditPartition, finishDataAudit, runDataAudit } from './run-data-audit.js';

/** The same rows audited in one partition and in two (as diagnose splits them between threads). */
describe('audit partitions', () => {
  const rows = chatSourceRows(cleanChatRows(300));
  const settings = settingsWith({ boilerplate: { min_rows: 10, decide_after: 100 } });
  const options = () => ({
    source: memorySource(rows),
    settings,
    tokenizer: fakeTokenizer,
    contract: [],
    evalItems: [],
    progress: silentProgress,
  });
  const partition = (ids: (id: string) => boolean, countTokens: boolean) =>
    collectAuditPartition({ ...options(), audits: dataAudits.filter((audit) => ids(audit.id)), countTokens });

  it('count template lines only where an audit uses them, and merge to the one-partition result', async () => {
    const usesTemplates = (id: string) => id === 'near_duplicates' || id === 'conflicting_targets';
    const withTemplates = await partition(usesTemplates, false);
    const without = await partition((id) => !usesTemplates(id), true);
    expect(withTemplates.boilerplate?.lines).toBeGreaterThan(0);
    expect(without.boilerplate).toBeUndefined();
    const whole = await runDataAudit(options());
    // The partition without template lines comes first (it counted the tokens), as on diagnose's main thread.
    const merged = finishDataAudit([without, withTemplates], settings);
    expect(merged.boilerplate).toEqual(whole.boilerplate);
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.tokens).toEqual(whole.tokens);
  });
});
