/**
 * Rule messages mark code with backticks, for ESLint's CLI and for surfaces that render Markdown
 * (the explainer shows those parts as code). The Problems panel, code action titles and other
 * plain-text surfaces show the text without the marks. vscode-free, for unit tests.
 */
export function plainText(message: string): string {
  return message.replace(/`([^`\n]*)`/g, '$1');
}
