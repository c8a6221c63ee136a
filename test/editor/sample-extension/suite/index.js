// Sample suite for the real-editor harness. VS Code loads this module in the
// extension host and calls run(). It uses no test framework on purpose; a real
// suite can use mocha the same way, as long as it writes the result file.
//
// Contract with test/editor/run-extension-tests.mjs: write JSON
//   { "passed": <n>, "failed": <n>, "tests": [{ "name", "ok", "error"? }] }
// to the path in PERF_COACH_TEST_RESULT, also when tests fail.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'perf-coach.perf-coach-editor-harness-sample';

async function waitFor(what, fn, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const tests = [
  [
    'diagnostic appears on the readFileSync line',
    async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'a workspace folder is open');
      const uri = vscode.Uri.joinPath(folder.uri, 'demo.js');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const diags = await waitFor('diagnostics', () => {
        const list = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'harness-sample');
        return list.length ? list : undefined;
      });
      assert.equal(diags.length, 1);
      assert.equal(diags[0].range.start.line, 4);
      assert.equal(diags[0].severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diags[0].message, /readFileSync blocks the event loop/);
    },
  ],
  [
    'extension is active',
    async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is loaded`);
      assert.equal(ext.isActive, true);
      assert.match(ext.extensionPath, /sample-extension$/);
    },
  ],
  [
    'command is registered and counts diagnostics',
    async () => {
      const all = await vscode.commands.getCommands(true);
      assert.ok(all.includes('harnessSample.showPanel'));
      const result = await vscode.commands.executeCommand('harnessSample.showPanel');
      assert.deepEqual(result, { count: 1 });
    },
  ],
  [
    'edits update diagnostics',
    async () => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.fileName.endsWith('demo.js'));
      assert.ok(editor, 'demo.js is visible');
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), "require('fs').readFileSync('x');\n"));
      await waitFor('two diagnostics', () => vscode.languages.getDiagnostics(editor.document.uri).length === 2);
      // Take the line out again (the document is never saved, the fixture stays as it is).
      await editor.edit((b) => b.delete(new vscode.Range(0, 0, 1, 0)));
      await waitFor('one diagnostic', () => vscode.languages.getDiagnostics(editor.document.uri).length === 1);
    },
  ],
];

exports.run = async function run() {
  const results = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ok  ${name}`);
    } catch (e) {
      results.push({ name, ok: false, error: String(e?.stack ?? e) });
      console.log(`  FAIL ${name}\n${e?.stack ?? e}`);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  const out = { passed: results.length - failed, failed, tests: results };
  const file = process.env.PERF_COACH_TEST_RESULT;
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(out, null, 2));
  }
  console.log(`sample suite: ${out.passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} test(s) failed`);
};
