import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/host/lint-text';
import { nativeParts, provideNative } from '../../src/project/native';
import { tempDir } from '../support/temp-dir';

/**
 * The editor host hands its own analysis of the file being edited to the project model before the
 * rules run. What the rules ask the model about that very file (here: `this.db`, kept by a base
 * class in another module) must not make the model parse the file a second time on each edit.
 */
describe('an edit re-analyses only the edited file', () => {
  const real = nativeParts()!;
  const parsedByModel: string[] = [];
  provideNative({ ...real, parseSync: (file, text, options) => (parsedByModel.push(file), real.parseSync(file, text, options)) });
  afterAll(() => provideNative(real));

  const root = tempDir('perf-coach-edit-');
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('package.json', '{ "name": "notes", "dependencies": { "knex": "^3.1.0" } }');
  write(
    'src/models/BaseModel.ts',
    `import { Knex } from 'knex';
export default abstract class BaseModel {
  private db_: Knex;
  constructor(db: Knex) { this.db_ = db; }
  public get db(): Knex { return this.db_; }
}
`,
  );
  const sharesPath = join(root, 'src/models/ShareModel.ts');
  const shares = `import BaseModel from './BaseModel';
export default class ShareModel extends BaseModel {
  async removeForUsers(userIds: string[], itemId: string) {
    for (const userId of userIds) await this.db('user_items').where({ user_id: userId, item_id: itemId }).delete();
  }
}
`;
  write('src/models/ShareModel.ts', shares);
  const lint = (text: string) => lintText({ filename: sharesPath, text, cwd: root, options: { report: 'all' } });

  it('finds the query through the inherited getter, and parses no module again after body edits', () => {
    const first = lint(shares);
    expect(first.findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['no-n-plus-one:4']);
    const before = parsedByModel.length;
    let text = shares;
    for (let i = 0; i < 3; i++) {
      text = `${text}\nvoid ${i};\n`;
      expect(lint(text).findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['no-n-plus-one:4']);
    }
    expect(parsedByModel.slice(before)).toEqual([]);
  });
});
