import { describe, expect, it } from 'vitest';
import { labelledFindings, originTable } from '../../scripts/real-app-list-origins.mjs';

const finding = (line: number, list: string, extra = '') => ({
  app: 'a',
  file: 'src/x.ts',
  line,
  rule: 'no-n-plus-one',
  message: `\`db.find\` runs once per item of \`${list}\` (loop at line 1).${extra}`,
});

describe('real-app-list-origins', () => {
  it('keeps labelled no-n-plus-one findings once each and splits them by where the list comes from', () => {
    const runs = [
      { findings: [finding(1, 'req.body.ids'), finding(2, 'user.sessions'), finding(3, 'environments'), { ...finding(4, 'x'), rule: 'no-blocking-io' }] },
      { findings: [finding(1, 'req.body.ids'), finding(5, 'unlabelled')] },
    ];
    const labels = {
      'a|src/x.ts|1|no-n-plus-one': { label: 'TP' },
      'a|src/x.ts|2|no-n-plus-one': { label: 'debatable' },
      'a|src/x.ts|3|no-n-plus-one': { label: 'FP' },
      'a|src/x.ts|4|no-blocking-io': { label: 'TP' },
    };
    const found = labelledFindings(runs, labels);
    expect(found.map((f) => f.line)).toEqual([1, 2, 3]);
    const table = Object.fromEntries(originTable(found).map(([kind, t]) => [kind, t]));
    expect(table['all labelled findings']).toMatchObject({ n: 3, TP: 1, debatable: 1, FP: 1 });
    expect(table['sent by the client (body, input, dto, args, command)']).toMatchObject({ n: 1, TP: 1, strict: 1 });
    expect(table['a list of ids']).toMatchObject({ n: 1, TP: 1 });
    // Kinds overlap: `req.body.ids` is also a field of one object.
    expect(table['a field of one record (`x.things`)']).toMatchObject({ n: 2, TP: 1, debatable: 1, strict: 0.5 });
  });
});
