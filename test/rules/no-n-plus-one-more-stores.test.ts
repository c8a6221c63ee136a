import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Elasticsearch/OpenSearch: each client call is one HTTP request; `bulk`, `mget` and `msearch` are
 * the batched forms. Firestore: references are built in memory and `get`/`set`/`update`/`delete`
 * send; `getAll`, a batch or a bulk writer send many documents at once. Neo4j and Cassandra: each
 * `run`/`execute` is a round trip; `UNWIND $rows` and `client.batch` take many rows.
 */
const ruleTester = createRuleTester();

const peopleStores = ts`
  import neo4j from 'neo4j-driver';
  import { Client } from 'cassandra-driver';
  const driver = neo4j.driver(process.env.NEO4J_URL, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD));
  const cass = new Client({ contactPoints: ['db1'], localDataCenter: 'dc1' });
`;

ruleTester.run('no-n-plus-one (Elasticsearch, Firestore, Neo4j, Cassandra)', rule, {
  valid: [
    {
      name: 'one bulk request for every document, one mget for every id',
      filename: 'src/search/reindex.ts',
      code: ts`
        import { Client } from '@elastic/elasticsearch';
        const es = new Client({ node: process.env.ES_URL });
        export async function reindex(req, res) {
          await es.bulk({ operations: req.body.docs.flatMap((d) => [{ index: { _index: 'docs', _id: d.id } }, d]) });
          res.json(await es.mget({ index: 'docs', ids: req.body.docs.map((d) => d.id) }));
        }
      `,
    },
    {
      name: 'Firestore writes queued on a batch, references built in a map and read with one getAll, fields read from snapshots',
      filename: 'functions/src/seen.ts',
      code: ts`
        import { getFirestore, FieldValue } from 'firebase-admin/firestore';
        const db = getFirestore();
        export async function markSeen(req, res) {
          const batch = db.batch();
          for (const id of req.body.ids) batch.update(db.collection('users').doc(id), { seen: FieldValue.serverTimestamp() });
          await batch.commit();
          const snaps = await db.getAll(...req.body.ids.map((id) => db.collection('users').doc(id)));
          const open = await db.collection('tickets').where('open', '==', true).get();
          res.json({ names: snaps.map((s) => s.get('name')), open: open.docs.map((d) => d.get('title')) });
        }
      `,
    },
    {
      name: 'Neo4j rows in one UNWIND statement, Cassandra rows in one batch',
      filename: 'src/people/import.ts',
      code: ts`
        ${peopleStores}
        export async function importPeople(people) {
          const session = driver.session();
          await session.run('UNWIND $rows AS row MERGE (p:Person { id: row.id })', { rows: people });
          await cass.batch(people.map((p) => ({ query: 'INSERT INTO people (id) VALUES (?)', params: [p.id] })), { prepare: true });
          await session.close();
        }
      `,
    },
  ],
  invalid: [
    {
      name: "MikroORM's Knex (`repository.getKnex()`): one UPDATE per row read",
      filename: 'src/time-slot/clean-up.handler.ts',
      code: ts`
        import { EntityRepository } from '@mikro-orm/knex';
        export class CleanUpHandler {
          constructor(private readonly slots: EntityRepository<{ id: string }>) {}
          async execute(tenantId: string) {
            const knex = this.slots.getKnex();
            const rows = await knex('time_slot').select('id', 'duration').where({ tenantId });
            for (const row of rows) {
              await knex('time_slot').where({ id: row.id }).update({ duration: Math.min(600, row.duration) });
            }
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 8 }],
    },
    {
      name: 'a Neo4j statement and a Cassandra insert per person',
      filename: 'src/people/import.ts',
      code: ts`
        ${peopleStores}
        export async function importPeople(people) {
          const session = driver.session();
          for (const p of people) {
            await session.run('MERGE (p:Person { id: $id })', { id: p.id });
            await cass.execute('INSERT INTO people (id) VALUES (?)', [p.id], { prepare: true });
          }
          await session.close();
        }
      `,
      errors: [
        { messageId: 'perItem', line: 8 },
        { messageId: 'perItem', line: 9 },
      ],
    },
    {
      name: 'a document indexed per item (OpenSearch client)',
      filename: 'src/search/index-posts.ts',
      code: ts`
        import { Client } from '@opensearch-project/opensearch';
        const client = new Client({ node: process.env.OPENSEARCH_URL });
        export async function indexPosts(posts) {
          for (const post of posts) {
            await client.index({ index: 'posts', id: post.id, body: post });
          }
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'a Firestore document read per id (admin.firestore())',
      filename: 'functions/src/orders.js',
      code: ts`
        const admin = require('firebase-admin');
        const db = admin.firestore();
        exports.customers = async (req, res) => {
          const out = [];
          for (const id of req.body.ids) out.push((await db.collection('customers').doc(id).get()).data());
          res.json(out);
        };
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
    {
      name: 'each document of a query result written through its reference',
      filename: 'functions/src/tickets.ts',
      code: ts`
        import { getFirestore } from 'firebase-admin/firestore';
        const db = getFirestore();
        export async function closeAll() {
          const snap = await db.collection('tickets').where('open', '==', true).get();
          await Promise.all(snap.docs.map((d) => d.ref.update({ open: false })));
        }
      `,
      errors: [{ messageId: 'perItem', line: 5 }],
    },
  ],
});
