import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { analysed, diagnosticsWhere, expectedFindings, file, openAnalysed, perfCoachDiagnostics, revert, root, summarize, summarizeProblems } from './helpers';

test('diagnostics on every example file match expected-findings.json (file, line, rule)', async () => {
  const sources = await vscode.workspace.findFiles(new vscode.RelativePattern(root(), '**/*.{ts,js}'), '**/node_modules/**');
  assert.ok(sources.length > 20, `found ${sources.length} example files`);
  const actual: string[] = [];
  for (const uri of sources) {
    await openAnalysed(uri);
    const rel = vscode.workspace.asRelativePath(uri, false);
    // Hints (findings not worth fixing where they run) are not in expected-findings.json, which is `recommended`.
    actual.push(...summarizeProblems(uri).map((s) => `${rel} ${s}`));
  }
  const expected = expectedFindings().map((e) => `${e.file} ${e.line} ${e.rule}`);
  assert.deepEqual(actual.sort(), expected.sort());
  assert.equal(new Set(expectedFindings().map((e) => e.rule)).size, 5, 'the examples cover all five rules');
}, 120_000);

test('each diagnostic names its rule and links to the explainer', async () => {
  const uri = file('express-api/src/services/orders.ts');
  const [d] = perfCoachDiagnostics(uri);
  assert.ok(d, 'a finding in services/orders.ts');
  assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
  assert.ok(typeof d.code === 'object');
  assert.equal(d.code.value, 'perf-coach/no-n-plus-one');
  assert.equal(d.code.target.scheme, 'command');
  assert.equal(d.code.target.path, 'perfCoach.explainFinding');
  const [args] = JSON.parse(decodeURIComponent(d.code.target.query)) as [{ ruleId: string; uri: string; line: number }];
  assert.deepEqual({ ruleId: args.ruleId, uri: args.uri, line: args.line }, { ruleId: 'no-n-plus-one', uri: uri.toString(), line: 17 });
  assert.match(d.message, /once per/);
  assert.doesNotMatch(d.message, /`/, 'the Problems panel shows plain text, not Markdown');
});

test('eslint-disable-next-line and eslint-disable block comments are honoured', async () => {
  const doc = await openAnalysed(file('express-api/src/routes/orders.ts'), true);
  const editor = await vscode.window.showTextDocument(doc);
  try {
    assert.deepEqual(summarize(doc.uri), ['11 perf-coach/no-sync-logging', '19 perf-coach/no-sequential-await']);
    const indent = /^\s*/.exec(doc.lineAt(10).text)![0];
    await editor.edit((b) => b.insert(new vscode.Position(10, 0), `${indent}// eslint-disable-next-line perf-coach/no-sync-logging -- fine here\n`));
    await analysed(doc);
    await diagnosticsWhere(doc.uri, (l) => l.length === 1, 'one finding left');
    assert.deepEqual(summarize(doc.uri), ['20 perf-coach/no-sequential-await']);

    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '/* eslint-disable perf-coach/no-sequential-await */\n'));
    await analysed(doc);
    await diagnosticsWhere(doc.uri, (l) => l.length === 0, 'no finding left');

    // A comment naming another rule silences nothing.
    await revert(doc);
    await analysed(doc);
    await editor.edit((b) => b.insert(new vscode.Position(10, 0), `${indent}// eslint-disable-next-line perf-coach/no-n-plus-one\n`));
    await analysed(doc);
    await diagnosticsWhere(doc.uri, (l) => l.length === 2, 'both findings still there');
  } finally {
    await revert(doc);
  }
});

test('a finding not worth fixing where it runs is a faint hint, kept out of the Problems list and the findings view', async () => {
  const doc = await openAnalysed(file('express-api/src/routes/orders.ts'));
  const pair = perfCoachDiagnostics(doc.uri).find((d) => d.range.start.line === 18);
  assert.ok(pair, 'the pair of independent awaits on line 19 is reported');
  assert.equal(pair.severity, vscode.DiagnosticSeverity.Hint);
  assert.match(String(typeof pair.code === 'object' ? pair.code.value : pair.code), /no-sequential-await$/);
  const sync = perfCoachDiagnostics(doc.uri).find((d) => d.range.start.line === 10);
  assert.equal(sync?.severity, vscode.DiagnosticSeverity.Warning, 'the console.log on the request path stays a warning');
});

test('an unsaved edit to a helper module re-analyses the open module that calls it per item', async () => {
  const route = await openAnalysed(file('express-api/src/routes/reports.ts'), true);
  const helper = await openAnalysed(file('express-api/src/services/inventory.ts'));
  const routeEditor = await vscode.window.showTextDocument(route);
  try {
    // One `getStockLevels` call per SKU: the helper reads Redis, so the route now queries per item.
    const loopLine = route.lineCount + 4;
    await routeEditor.edit((b) =>
      b.insert(
        new vscode.Position(route.lineCount, 0),
        "\nreportsRouter.get('/stock-each', async (req, res) => {\n  const out = [];\n  for (const sku of String(req.query.skus).split(',')) {\n    out.push(await getStockLevels([sku]));\n  }\n  res.json(out);\n});\n",
      ),
    );
    await analysed(route);
    const perItemAt = (l: vscode.Diagnostic[]) => l.some((d) => d.range.start.line + 1 === loopLine && typeof d.code === 'object' && d.code.value === 'perf-coach/no-n-plus-one');
    await diagnosticsWhere(route.uri, perItemAt, `a no-n-plus-one finding on line ${loopLine} through the helper`);

    // The helper stops reading Redis (not saved): the route's finding goes, with no edit to the route.
    const helperEditor = await vscode.window.showTextDocument(helper);
    const read = helper.getText().indexOf('await stockLevel(sku)');
    assert.ok(read > 0, 'the helper reads one SKU at a time');
    await helperEditor.edit((b) => b.replace(new vscode.Range(helper.positionAt(read), helper.positionAt(read + 'await stockLevel(sku)'.length)), '0'));
    await analysed(helper);
    await diagnosticsWhere(route.uri, (l) => !perItemAt(l), `the no-n-plus-one finding on line ${loopLine} gone after the helper's edit`);
    assert.ok(route.isDirty && helper.isDirty, 'nothing was saved');
  } finally {
    await revert(helper);
    await revert(route);
  }
}, 60_000);
