import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Leoric models extend `Bone` and query through their statics; a row read back queries by itself.
 * A list in the condition is one `IN`, and `bulkCreate` is one insert.
 */
const ruleTester = createRuleTester();

const models = ts`
  import { Bone } from 'leoric';
  class Package extends Bone {}
  class TokenPackage extends Bone {}
`;

ruleTester.run('no-n-plus-one (Leoric)', rule, {
  valid: [
    {
      name: 'one read with the list in the condition (an IN) and one bulkCreate',
      filename: 'app/repository/TokenRepository.ts',
      code: ts`
        ${models}
        export async function grant(tokenId: string, names: string[]) {
          const packages = await Package.find({ name: names });
          await TokenPackage.bulkCreate(packages.map((p) => ({ packageId: p.packageId, tokenId })));
        }
      `,
    },
    {
      name: "a Bone subclass's own helper that formats a name is no query",
      filename: 'app/repository/PackageRepository.ts',
      code: ts`
        ${models}
        export function labels(names: string[]) {
          return names.map((n) => n.trim().toLowerCase());
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a findOne and a create per allowed package of a token',
      filename: 'app/repository/TokenRepository.ts',
      code: ts`
        ${models}
        export async function grant(tokenId: string, names: string[]) {
          for (const name of names) {
            const pkg = await Package.findOne({ name }).select('packageId');
            if (pkg) await TokenPackage.create({ packageId: pkg.packageId, tokenId });
          }
        }
      `,
      errors: [
        { messageId: 'perItem', line: 6 },
        { messageId: 'perItem', line: 7 },
      ],
    },
    {
      name: 'a row read back saves itself, once per item',
      filename: 'app/repository/PackageRepository.ts',
      code: ts`
        ${models}
        export async function touch(ids: string[]) {
          const rows = await Package.find({ id: ids });
          for (const row of rows) await row.save();
        }
      `,
      errors: [{ messageId: 'perItem', line: 6 }],
    },
  ],
});
