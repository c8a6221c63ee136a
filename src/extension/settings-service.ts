import * as vscode from 'vscode';
import { CONFIG_SECTION } from './constants';
import type { OutputLog } from './output-log';
import { readSettings, type PerfCoachSettings } from './settings';

/**
 * Settings per resource (a folder can override user settings), read lazily and cached until the
 * configuration changes. Each invalid value is reported once as a warning notification and in
 * the output channel, then its default is used.
 */
export class SettingsService implements vscode.Disposable {
  private readonly cache = new Map<string, PerfCoachSettings>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly log: OutputLog) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      this.cache.clear();
      this.changed.fire();
    });
  }

  /** Settings that apply to `uri` (the window's settings when there is none). */
  for(uri?: vscode.Uri): PerfCoachSettings {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      const config = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri);
      const result = readSettings((k) => config.get(k));
      settings = result.settings;
      this.cache.set(key, settings);
      this.report(result.problems);
    }
    return settings;
  }

  private report(problems: string[]) {
    const fresh = problems.filter((p) => !this.reported.has(p));
    if (!fresh.length) return;
    for (const p of fresh) {
      this.reported.add(p);
      this.log.warn(`settings: ${p}`);
    }
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more, see the output channel)` : '';
    void vscode.window.showWarningMessage(`Perf Coach: ${fresh[0]}${more}`, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', CONFIG_SECTION);
    });
  }

  dispose() {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
