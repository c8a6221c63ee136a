import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { FindingsStore } from '../findings-store';
import type { KnowledgeUi } from '../knowledge-ui';
import type { SettingsService } from '../settings-service';

/**
 * "Perf Coach: Practice Interview Question": a question about the patterns this workspace
 * actually has (from open files and the last scan); the knowledge UI picks it and hides the answer.
 */
export function registerPracticeQuestion(store: FindingsStore, settings: SettingsService, knowledge: () => KnowledgeUi): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.practiceQuestion, () => {
    const found = new Set<string>();
    for (const entry of store.all()) {
      const rules = settings.for(entry.uri).rules;
      for (const f of entry.findings) if (rules[f.ruleId] !== 'off') found.add(f.ruleId);
    }
    return knowledge().practiceQuestion([...found].sort());
  });
}
