import * as vscode from 'vscode';
import type { HostFinding, Severity } from '../host/lint-text';
import type { RuleId } from '../rules';
import { DIAGNOSTIC_SOURCE, EXTENSION_NAME, RULE_PREFIX } from './constants';
import { explainFindingUri } from './explain-link';
import { findingRange, type FindingsStore } from './findings-store';
import { plainText } from './plain-text';
import type { SettingsService } from './settings-service';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/**
 * Mirrors the findings store into the Problems panel and the editor's squiggles. Severity and
 * "off" are applied here from the current settings, so changing them takes effect at once, also
 * for files a scan read from disk.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(EXTENSION_NAME);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: FindingsStore,
    private readonly settings: SettingsService,
  ) {
    this.subscriptions = [store.onDidChange((uris) => this.publish(uris)), settings.onDidChange(() => this.publishAll())];
  }

  publishAll() {
    this.collection.clear();
    this.publish(this.store.all().map((e) => e.uri));
  }

  private publish(uris: readonly vscode.Uri[]) {
    // One set() call per batch: a scan hands over hundreds of files at a time.
    const entries: Array<[vscode.Uri, vscode.Diagnostic[] | undefined]> = uris.map((uri) => {
      const entry = this.store.get(uri);
      if (!entry) return [uri, undefined];
      const rules = this.settings.for(uri).rules;
      return [uri, entry.findings.filter((f) => rules[f.ruleId] !== 'off').map((f) => toDiagnostic(f, uri, (rules[f.ruleId] ?? f.severity) as Severity))];
    });
    this.collection.set(entries);
  }

  dispose() {
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}

export function toDiagnostic(f: HostFinding, uri: vscode.Uri, severity: Severity): vscode.Diagnostic {
  const range = findingRange(f);
  // Not worth fixing where it runs (a cold path): VS Code's faint hint, left out of the Problems list.
  const d = new vscode.Diagnostic(range, plainText(f.message) + hintReason(f), f.lowCost ? vscode.DiagnosticSeverity.Hint : SEVERITY[severity]);
  d.source = DIAGNOSTIC_SOURCE;
  // The code is what an eslint-disable comment names; its link opens the explainer on this finding.
  d.code = {
    value: `${RULE_PREFIX}${f.ruleId}`,
    target: explainFindingUri({ ruleId: f.ruleId, uri: uri.toString(), line: range.start.line, character: range.start.character }),
  };
  return d;
}

/** Why a faint finding is faint, after its message: ` A hint: only once-only code reaches it: start-up code (…).` */
export function hintReason(f: Pick<HostFinding, 'lowCost' | 'lowCostReason'>): string {
  return f.lowCost && f.lowCostReason ? ` A hint: ${plainText(f.lowCostReason)}.` : '';
}

/** The rule id a diagnostic of ours carries, or undefined for anyone else's diagnostic. */
export function ruleIdOf(d: vscode.Diagnostic): RuleId | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'object' || d.code === null) return undefined;
  const value = String(d.code.value);
  return value.startsWith(RULE_PREFIX) ? (value.slice(RULE_PREFIX.length) as RuleId) : undefined;
}
