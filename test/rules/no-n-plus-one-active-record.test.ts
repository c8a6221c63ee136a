import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * TypeORM's Active Record entities (`extends BaseEntity`) save and remove themselves: a row read back
 * and saved once per item is one statement per item, also when the row was picked out of a list the
 * code read (`existing.find((r) => r.projectId === id)`).
 */
const ruleTester = createRuleTester();

const entities = ts`
  import { BaseEntity, Entity, Column } from 'typeorm';
  @Entity() class CauseProject extends BaseEntity { @Column() projectId: number; @Column() isIncluded: boolean; }
`;

ruleTester.run('no-n-plus-one (Active Record rows)', rule, {
  valid: [
    {
      name: 'rows changed in memory and saved with one call for all of them',
      filename: 'src/resolvers/causeResolver.ts',
      code: ts`
        ${entities}
        export async function include(causeId: number, projectIds: number[]) {
          const existing = await CauseProject.findBy({ causeId });
          for (const id of projectIds) {
            const row = existing.find((r) => r.projectId === id);
            if (row) row.isIncluded = true;
          }
          await CauseProject.save(existing);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'each row a read returned saved by itself, and a row picked out of that list per item',
      filename: 'src/resolvers/causeResolver.ts',
      code: ts`
        ${entities}
        export async function include(causeId: number, projectIds: number[]) {
          const existing = await CauseProject.findBy({ causeId });
          for (const row of existing) {
            row.isIncluded = false;
            await row.save();
          }
          for (const id of projectIds) {
            const row = existing.find((r) => r.projectId === id);
            if (row) {
              row.isIncluded = true;
              await row.save();
            }
          }
        }
      `,
      errors: [
        { messageId: 'perItem', line: 7 },
        { messageId: 'perItem', line: 13 },
      ],
    },
  ],
});
