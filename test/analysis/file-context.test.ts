import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../src/analysis/file-context';
import { analyze } from './helpers';

describe('file context', () => {
  it.each([
    ['src/routes/users.ts', 'runtime'],
    ['src/users.test.ts', 'test'],
    ['src/__tests__/users.ts', 'test'],
    ['packages/integration-tests/src/api/organization.ts', 'test'],
    ['apps/api/e2e_tests/helpers.ts', 'test'],
    ['src/ab-tests/assign.ts', 'runtime'],
    ['prisma/migrations/20240101_init/migration.ts', 'migration'],
    ['src/upgrades/1.19.3/rename_post_upload_hashes.js', 'migration'],
    // A module's file of migrations it registers (`legacy-migrations.js`), but not a service that migrates one user's data.
    ['modules/@apostrophecms/page/lib/legacy-migrations.js', 'migration'],
    ['src/users/data-migration.service.ts', 'runtime'],
    ['src/migration/1680000000000-AddUsers.ts', 'migration'],
    // A folder of migrations the package ships for its users to run once (payload's database adapters).
    ['packages/db-mongodb/src/predefinedMigrations/migrateRelationshipsV2_V3.ts', 'migration'],
    // Endpoints that import a user's data from another service, kept with the controllers: request code.
    ['apps/web/lib/api/controllers/migration/importFromPocket.ts', 'runtime'],
    ['src/routes/migrate/fromWordpress.ts', 'runtime'],
    ['src/controllers/migrations/1700000000000-Init.ts', 'migration'],
    ['src/db/seeds/users.ts', 'seed'],
    ['prisma/seed.ts', 'seed'],
    ['vite.config.ts', 'config'],
    ['src/config/database.ts', 'config'],
    ['src/services/config/mail.service.ts', 'runtime'],
    ['packages/shared/lib/services/sync/config/deploy.service.ts', 'runtime'],
    ['src/config/app.service.ts', 'config'],
    ['bin/cli.js', 'cli'],
    ['scripts/backfill.ts', 'script'],
    ['tools/generate-schema.ts', 'script'],
    ['packages/server/tools/fix-ids.js', 'script'],
    ['cron/disabled/reject-contributions.js', 'disabled'],
    // An AI agent's tools inside the sources run on every request that calls the agent.
    ['libraries/nest/src/chat/tools/schedule-post.tool.ts', 'runtime'],
    ['app/agent/tools/search.ts', 'runtime'],
  ])('%s is %s', (path, kind) => {
    expect(classifyFile(path, '')).toBe(kind);
  });

  it('a commands/ folder is a CLI only when its files read their arguments (otherwise it is the command pattern)', () => {
    expect(classifyFile('server/commands/documentMover.ts', 'export default async function documentMover() {}')).toBe('runtime');
    expect(classifyFile('src/commands/seed-users.ts', "import { Command } from 'commander';\nnew Command().parse();")).toBe('cli');
    expect(classifyFile('src/commands/report.js', 'const [, , month] = process.argv;')).toBe('cli');
  });

  it('a module that imports a bundler is build code (a dev middleware, a build step)', () => {
    expect(classifyFile('src/lib/webpack/dev.js', "import webpack from 'webpack';\nexport const dev = () => webpack({});")).toBe('build');
    expect(classifyFile('src/server/assets.js', "const middleware = require('webpack-dev-middleware');")).toBe('build');
    expect(classifyFile('src/routes/bundle.ts', "import { bundle } from './bundler';")).toBe('runtime');
  });

  it('a shebang makes a CLI', () => {
    expect(classifyFile('src/tool.js', '#!/usr/bin/env node\n')).toBe('cli');
  });

  it('paths are judged relative to the working directory, so a checkout under /home/me/tests/ is still runtime', () => {
    const a = analyze('const x = 1;', '/repo/src/app.ts');
    expect(a.relativePath).toBe('src/app.ts');
    expect(a.fileKind).toBe('runtime');
  });
});
