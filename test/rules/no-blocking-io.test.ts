import rule from '../../src/rules/no-blocking-io';
import { createRuleTester } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-blocking-io', rule, {
  valid: [
    {
      name: 'readFileSync at module top level runs once at start-up',
      code: `import fs from 'node:fs';\nconst cert = fs.readFileSync('cert.pem');`,
    },
    {
      name: 'class-validator validateSync only ends in Sync; it is not I/O',
      code: `import { validateSync } from 'class-validator';\napp.post('/u', (req, res) => { validateSync(req.body); res.end(); });`,
    },
  ],
  invalid: [
    {
      name: 'readFileSync in an Express handler',
      code: `import fs from 'node:fs';\napp.get('/x', async (req, res) => {\n  const t = fs.readFileSync('t.html', 'utf8');\n  res.send(t);\n});`,
      errors: [
        {
          messageId: 'blocking',
          line: 3,
          suggestions: [{ messageId: 'useAsync', data: { replacement: 'await fs.promises.readFile(…)' }, output: `import fs from 'node:fs';\napp.get('/x', async (req, res) => {\n  const t = await fs.promises.readFile('t.html', 'utf8');\n  res.send(t);\n});` }],
        },
      ],
    },
  ],
});
