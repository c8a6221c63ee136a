import * as vscode from 'vscode';
import { Commands, Views } from '../constants';

/** "Perf Coach: Browse Topics": reveals the topic tree in the Perf Coach side bar. */
export function registerBrowseTopics(): vscode.Disposable {
  // `<view id>.focus` is the command VS Code creates for every contributed view.
  return vscode.commands.registerCommand(Commands.browseTopics, () => vscode.commands.executeCommand(`${Views.topics}.focus`));
}
