// `// expect: perf-coach/<rule>` labels and their scoring, shared by the single-file corpus
// (scripts/eval-corpus.mjs) and the multi-file projects (scripts/eval-projects.mjs).

export const EXPECT_RE = /\/\/\s*expect:\s*(.+)$/;
export const RULE_ID_RE = /perf-coach\/[\w-]+/g;

/** The rule ids an `// expect:` comment names on one line (repeats allowed), or a problem with the label. */
export function expectLabel(text) {
  const m = EXPECT_RE.exec(text);
  if (!m) return { ids: [] };
  const ids = m[1].match(RULE_ID_RE) ?? [];
  return ids.length ? { ids } : { ids, problem: `label without a perf-coach/<rule> id: ${m[0].trim()}` };
}

/**
 * Scores findings against labels per `file:line:ruleId` key, counting repeats (two labels on a
 * line need two findings). `expectedByKey`: key → count; `foundByKey`: key → [{ column, message }].
 */
export function scoreByKey(expectedByKey, foundByKey) {
  const ruleIds = new Set();
  const truePositives = [];
  const falsePositives = [];
  const falseNegatives = [];
  for (const key of new Set([...expectedByKey.keys(), ...foundByKey.keys()])) {
    const [file, lineText, ruleId] = key.split(':');
    const line = Number(lineText);
    ruleIds.add(ruleId);
    const expected = expectedByKey.get(key) ?? 0;
    const found = foundByKey.get(key) ?? [];
    const matched = Math.min(expected, found.length);
    for (let i = 0; i < matched; i++) truePositives.push({ ruleId, file, line });
    for (const extra of found.slice(matched)) falsePositives.push({ ruleId, file, line, column: extra.column, message: extra.message });
    for (let i = found.length; i < expected; i++) falseNegatives.push({ ruleId, file, line });
  }
  const byLocation = (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId);
  for (const list of [truePositives, falsePositives, falseNegatives]) list.sort(byLocation);
  return { ruleIds, truePositives, falsePositives, falseNegatives };
}

export function ratio(numerator, denominator) {
  return denominator === 0 ? null : numerator / denominator;
}

export function formatRatio(value) {
  return value === null ? '—' : value.toFixed(2);
}

/** A plain-text table, first column left-aligned, a rule above the last row (the totals). */
export function formatTable(headers, cells) {
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(headers), rule];
  cells.forEach((c, i) => {
    if (i === cells.length - 1) out.push(rule);
    out.push(line(c));
  });
  return out.join('\n');
}
