import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules';
import { plainText } from '../../src/extension/plain-text';
import { progressMessage, summaryMessage } from '../../src/extension/scan/scan-messages';

describe('plain-text surfaces', () => {
  it('drop the backticks rule messages mark code with', () => {
    expect(plainText('`prisma.order.count` does not use the result of `prisma.customer.findUnique` (line 18)')).toBe(
      'prisma.order.count does not use the result of prisma.customer.findUnique (line 18)',
    );
  });

  it('leave no backtick in any rule message or suggestion, whatever the data', () => {
    for (const [id, rule] of Object.entries(rules)) {
      for (const [messageId, text] of Object.entries(rule.meta.messages as Record<string, string>)) {
        const filled = text.replace(/\{\{\s*\w+\s*\}\}/g, 'db.user.find');
        expect(plainText(filled), `${id}/${messageId}`).not.toContain('`');
      }
    }
  });
});

describe('scan progress and summary', () => {
  it('count the same files', () => {
    const counts = { checked: 12, filesWithFindings: 5, findings: 10, skipped: 0, failed: 0 };
    expect(progressMessage(12, counts.checked)).toBe('12 / 12 files');
    expect(summaryMessage(counts)).toBe('Perf Coach: 10 findings in 5 of 12 files.');
  });

  it('say when nothing was found, and what was skipped', () => {
    expect(summaryMessage({ checked: 1, filesWithFindings: 0, findings: 0, skipped: 0, failed: 0 })).toBe('Perf Coach: 0 findings in 1 file.');
    expect(summaryMessage({ checked: 30, filesWithFindings: 1, findings: 1, skipped: 2, failed: 1 })).toBe(
      'Perf Coach: 1 finding in 1 of 30 files (2 skipped, 1 failed; see the log).',
    );
  });
});
