// Installed only by `npm run editor` (scripts/open-in-editor.mjs), beside the real Perf Coach
// .vsix: once the window is up, it opens an example file at a finding, shows the Problems panel
// and the Perf Coach findings view, and runs a workspace scan, so a first look shows the product
// instead of an empty workbench. It reads what to open from the environment code-server passes
// to the extension host, and does nothing without it.
const vscode = require('vscode');

exports.activate = async () => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (process.env.PERF_COACH_DEMO !== '1' || !folder) return;
  const file = process.env.PERF_COACH_DEMO_FILE;
  const line = Math.max(0, Number(process.env.PERF_COACH_DEMO_LINE || 1) - 1);
  const at = new vscode.Range(line, 0, line, 0);
  try {
    const doc = file && (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, file)));
    if (doc) await vscode.window.showTextDocument(doc, { selection: at, preview: false });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('perfCoach.findings.focus');
    await vscode.commands.executeCommand('perfCoach.scanWorkspace');
    if (doc) await vscode.window.showTextDocument(doc, { selection: at, preview: false });
  } catch (error) {
    console.error(`[perf-coach demo] ${error instanceof Error ? error.message : String(error)}`);
  }
};

exports.deactivate = () => {};
