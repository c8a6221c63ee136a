// Throwaway extension used only to prove the real-editor harness: one
// diagnostic, one command, one webview. It is not part of Perf Coach.
const vscode = require('vscode');

const MESSAGE = 'Harness sample: readFileSync blocks the event loop';

function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('harness-sample');
  context.subscriptions.push(diagnostics);

  const check = (doc) => {
    if (doc.languageId !== 'javascript') return;
    const found = [];
    for (let line = 0; line < doc.lineCount; line++) {
      const text = doc.lineAt(line).text;
      const col = text.indexOf('readFileSync(');
      if (col < 0) continue;
      const range = new vscode.Range(line, col, line, col + 'readFileSync'.length);
      const d = new vscode.Diagnostic(range, MESSAGE, vscode.DiagnosticSeverity.Warning);
      d.source = 'harness-sample';
      found.push(d);
    }
    diagnostics.set(doc.uri, found);
  };
  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.delete(doc.uri)),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand('harnessSample.showPanel', () => {
      let count = 0;
      diagnostics.forEach((_uri, list) => (count += list.length));
      const panel = vscode.window.createWebviewPanel('harnessSample', 'Harness Sample Panel', vscode.ViewColumn.Beside, {});
      panel.webview.html = `<!DOCTYPE html><html><body>
<h1 id="greeting">Hello from the harness sample webview</h1>
<p id="count">Warnings found: ${count}</p>
</body></html>`;
      return { count };
    }),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
