import { describe, expect, it } from 'vitest';
import { auditRows, chat, rowsOf } from '../../../test/helpers/audit-harness.js';
import { emptyTargetAudit } from './empty-target.js';

describe('empty_target', () => {
  it('flags empty or whitespace targets, in any trained turn, but not tool-call turns', async () => {
    const rows = [
      chat('a', 'fine'),
      chat('b', '  \n '),
      {
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: '' },
          { role: 'user', content: 'y' },
          { role: 'assistant', content: 'ok' },
        ],
      },
      {
        messages: [
          { role: 'user', content: 'x' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } }],
          },
        ],
      },
    ];
    const result = await auditRows(rows as never, { audits: [emptyTargetAudit] });
    expect(rowsOf(result, 'empty_target')).toEqual([2, 3]);
    expect(result.removals.map((removal) => removal.row)).toEqual([2, 3]);
    expect(result.findings[0]!.severity).toBe('error');
  });
});
