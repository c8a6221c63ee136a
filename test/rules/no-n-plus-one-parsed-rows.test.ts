// Rows a file parser hands over one at a time (csvtojson's subscribe, Papa Parse's step): a query in
// the handler runs once per row of the file, as in a loop over the rows.
import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (rows of a parsed file)', rule, {
  valid: [
    {
      name: 'an RxJS subscription is not a parser: its handler runs per event, not per row of a list',
      filename: 'src/live/updates.ts',
      code: ts`
        import { prisma } from '../db';
        export function watch(updates$: Observable<Update>) {
          updates$.subscribe(async (u) => {
            await prisma.update.create({ data: u });
          });
        }
      `,
    },
  ],
  invalid: [
    {
      name: "csvtojson's subscribe handler: one insert per record of the uploaded file",
      filename: 'src/contacts/upload.ts',
      code: ts`
        import csv from 'csvtojson';
        import { prisma } from '../db';
        export async function importCsv(req: Request) {
          await csv().fromStream(req.body).subscribe(async (record) => {
            await prisma.contact.create({ data: record });
          });
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: "Papa Parse's step: one upsert per row of the file",
      filename: 'src/products/upload.ts',
      code: ts`
        import Papa from 'papaparse';
        import { prisma } from '../db';
        export function importFile(file: File) {
          Papa.parse(file, {
            header: true,
            step: async (results) => {
              await prisma.product.upsert({ where: { sku: results.data.sku }, create: results.data, update: results.data });
            },
          });
        }
      `,
      errors: [{ messageId: 'perItem', line: 7 }],
    },
    {
      name: "a repository known by its name only, per record csvtojson parses: the file's rows grow with the data",
      filename: 'src/contacts/import-contacts.ts',
      code: ts`
        import csv from 'csvtojson';
        export async function importContacts(contactRepository: ContactRepositoryPort, path: string) {
          await csv().fromFile(path).subscribe(async (record) => {
            await contactRepository.insertContact(record);
          });
        }
      `,
      errors: [{ messageId: 'perItemByName', line: 4 }],
    },
  ],
});
