import { describe, expect, it } from 'vitest';
import { lintText } from '../../../src/host/lint-text';
import { EDITOR_OPTIONS, lint } from './helpers';

/**
 * The editor host (oxc-parser, no ESLint) offers the same quick fixes with the same result. A fix
 * of several parts (an import and a replacement) reaches the editor as separate edits.
 */
const snippets: Array<{ name: string; code: string; parts: number; file?: string }> = [
  {
    name: 'batched read with an import added (TypeORM In)',
    parts: 2,
    code: `import { DataSource } from 'typeorm';\nconst repo = new DataSource({ type: 'postgres' }).getRepository('User');\nexport async function load(ids) {\n  return Promise.all(ids.map((id) => repo.findOneBy({ id })));\n}`,
  },
  {
    name: 'batched read before a loop (an insert and a replacement)',
    parts: 2,
    code: `import { Model } from 'sequelize';\nclass User extends Model {}\nexport async function load(ids) {\n  const out = [];\n  for (const id of ids) {\n    out.push(await User.findByPk(id));\n  }\n  return out;\n}`,
  },
  {
    name: 'a few requests at a time',
    parts: 1,
    code: `export async function load(ids) {\n  return await Promise.all(ids.map((id) => fetch('https://api.example.com/' + id)));\n}`,
  },
  {
    name: 'promisified zlib from a named import (two imports and a replacement)',
    parts: 3,
    code: `import { gzipSync } from 'node:zlib';\napp.post('/gz', async (req, res) => {\n  res.send(gzipSync(req.body));\n});`,
  },
  {
    name: 'client moved to module level (an insert and a removal)',
    parts: 2,
    code: `import { PrismaClient } from '@prisma/client';\napp.get('/users', async (req, res) => {\n  const prisma = new PrismaClient();\n  res.json(await prisma.user.findMany());\n});`,
  },
  {
    name: 'connect-query-close: client moved, try unwrapped (an insert, a removal, a replacement)',
    parts: 3,
    code: `import { PrismaClient } from '@prisma/client';\napp.get('/stats', async (req, res) => {\n  const prisma = new PrismaClient();\n  try {\n    res.json(await prisma.order.count());\n  } finally {\n    await prisma.$disconnect();\n  }\n});`,
  },
  {
    name: 'client moved above a decorated class',
    parts: 2,
    file: 'src/users.controller.ts',
    code: `import { Controller, Get } from '@nestjs/common';\nimport { PrismaClient } from '@prisma/client';\n@Controller('users')\nexport class UsersController {\n  @Get()\n  async list() {\n    const prisma = new PrismaClient();\n    return prisma.user.findMany();\n  }\n}`,
  },
];

function applyEdits(text: string, edits: Array<{ range: [number, number]; text: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}

describe('quick fixes in the editor host', () => {
  for (const s of snippets) {
    it(s.name, () => {
      const file = s.file ?? 'src/app.ts';
      const eslint = (['no-n-plus-one', 'no-blocking-io', 'prefer-connection-pool'] as const).flatMap((r) => lint(s.code, r, file, EDITOR_OPTIONS)).flatMap((m) => (m.suggestions ?? []).map((g) => ({ desc: g.desc, output: s.code.slice(0, g.fix.range[0]) + g.fix.text + s.code.slice(g.fix.range[1]) })));
      const host = lintText({ filename: `/project/${file}`, text: s.code, cwd: '/project', options: EDITOR_OPTIONS }).findings.flatMap((f) => f.suggestions);
      expect(eslint).toHaveLength(1);
      expect(host).toHaveLength(1);
      expect(host[0].desc).toBe(eslint[0].desc);
      expect(host[0].edits).toHaveLength(s.parts);
      expect(applyEdits(s.code, host[0].edits)).toBe(eslint[0].output);
      expect(applyEdits(s.code, [host[0].fix])).toBe(eslint[0].output);
    });
  }
});
