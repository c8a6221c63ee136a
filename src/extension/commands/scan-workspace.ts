import * as vscode from 'vscode';
import { Commands, Views } from '../constants';
import { summaryMessage } from '../scan/scan-messages';
import type { ScanSummary, WorkspaceScan } from '../scan/workspace-scan';

/** "Perf Coach: Scan Workspace". Resolves with the scan's summary (the integration tests read it). */
export function registerScanWorkspace(scan: WorkspaceScan): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.scanWorkspace, async (): Promise<ScanSummary | undefined> => {
    if (!vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme === 'file')) {
      void vscode.window.showInformationMessage('Perf Coach scans files on disk, and this window has no folder on disk. Open files are still analysed.');
      return undefined;
    }
    const summary = await scan.run();
    if (!summary.cancelled) {
      // Not awaited: the command's caller should not wait for someone to close a notification.
      void vscode.window.showInformationMessage(summaryMessage(summary), 'Show Findings').then((choice) => {
        if (choice) void vscode.commands.executeCommand(`${Views.findings}.focus`);
      });
    }
    return summary;
  });
}
