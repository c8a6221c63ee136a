import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { api, diagnosticsWhere, waitFor } from './helpers';

const N_PLUS_ONE = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function load(ids: string[]) {
  for (const id of ids) {
    await prisma.user.findUnique({ where: { id } });
  }
}
`;

test('untitled documents are analysed', async () => {
  const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: N_PLUS_ONE });
  const list = await diagnosticsWhere(doc.uri, (l) => l.length === 1, 'a finding in the untitled buffer');
  assert.equal(list[0].range.start.line, 4);
});

test('minified text is skipped with a reason, not analysed', async () => {
  const line = `var a=${'[1,2,3].map(function(x){return x*2}),'.repeat(300)}b=1;`;
  const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: `${line}\n${line}\n` });
  const coach = await api();
  const entry = await waitFor('a skip', () => coach.findings(doc.uri));
  assert.match(entry.skipped ?? '', /minified/);
});

test('a file nested deeper than the parser can take is skipped with the reason, and the editor carries on', async () => {
  // 5,000 nested parentheses overflow the parser's native stack (a SIGSEGV of the extension host) unless refused first.
  const deep = `${N_PLUS_ONE}export const x =\n${'(\n'.repeat(5000)}1\n${')\n'.repeat(5000)};\n`;
  const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: deep });
  const coach = await api();
  const entry = await waitFor('a skip', () => coach.findings(doc.uri));
  assert.match(entry.skipped ?? '', /nested more than 500 levels deep/);
  const next = await vscode.workspace.openTextDocument({ language: 'typescript', content: N_PLUS_ONE });
  await diagnosticsWhere(next.uri, (l) => l.length === 1, 'a finding in the next buffer');
});

test('a syntax error pauses findings without failing', async () => {
  const doc = await vscode.workspace.openTextDocument({ language: 'typescript', content: `${N_PLUS_ONE}\nexport function broken( {\n` });
  const coach = await api();
  const entry = await waitFor('a parse error', () => coach.findings(doc.uri));
  assert.ok(entry.parseError, 'the parse error is recorded');
  assert.ok(entry.parseError.line >= 9);
});

test('documents of other schemes are never analysed', async () => {
  const scheme = 'perfcoach-test';
  const registration = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => N_PLUS_ONE });
  try {
    let doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`${scheme}:/virtual/load.ts`));
    doc = await vscode.languages.setTextDocumentLanguage(doc, 'typescript');
    await new Promise((r) => setTimeout(r, 800));
    const coach = await api();
    assert.equal(coach.findings(doc.uri), undefined);
    assert.equal(vscode.languages.getDiagnostics(doc.uri).length, 0);
  } finally {
    registration.dispose();
  }
});
