import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf } from '../../../test/helpers/audit-harness.js';
import { cleanChatRows } from '../../../test/helpers/training-data.js';
import { CheckResolver } from '../../checks/resolve.js';
import type { TargetCheck } from '../../core/data-audit.js';
import { contractTargetsAudit } from './contract-targets.js';

const helpers = {
  readJsonFile: () => ({}),
  importModule: async () => ({}),
};

describe('contract violations in targets', () => {
  it('runs the real json check (through the resolver) on every target', async () => {
    const json = await new CheckResolver(helpers).resolve(
      { check: 'json', object: true },
      { field: 'contract[0]' },
    );
    const rows = cleanChatRows(100, 51);
    rows[19]!.messages[2]!.content = 'Sure! {"category": "billing"}';
    rows[59]!.messages[2]!.content = '```json\n{"category": "billing"}\n```';
    const result = await auditRows(rows, { audits: [contractTargetsAudit], contract: [json] });
    expect(rowsOf(result, 'contract_violation_in_target')).toEqual([20, 60]);
    expect(result.findings[0]!.evidence.check).toBe('json');
    expect(result.removals.map((removal) => removal.row)).toEqual([20, 60]);
  });

  it('reports each failing check separately, passes the prompt as input, skips tool-call turns', async () => {
    const inputs: string[] = [];
    const shortCheck: TargetCheck = {
      id: 'max_words_test_double',
      run: (output, context) => {
        inputs.push(context.input);
        return output.split(' ').length <= 3 ? { pass: true } : { pass: false, detail: 'too many words' };
      },
    };
    const rows = [
      chat('say hi', 'hi there friend'),
      chat('say more', 'this answer is far too long'),
      {
        messages: [
          { role: 'user', content: 'call the tool' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }],
          },
          { role: 'tool', tool_call_id: 'a', content: 'done' },
          { role: 'assistant', content: 'ok' },
        ],
      },
    ];
    const result = await auditRows(rows as never, { audits: [contractTargetsAudit], contract: [shortCheck] });
    expect(rowsOf(result, 'contract_violation_in_target')).toEqual([2]);
    expect(result.findings[0]!.evidence.check).toBe('max_words_test_double');
    expect(inputs).toEqual(['say hi', 'say more', 'call the tool']);
  });

  it('does nothing without a contract', async () => {
    const result = await auditRows([chat('a', 'not json')], { audits: [contractTargetsAudit] });
    expect(result.findings).toEqual([]);
  });
});
