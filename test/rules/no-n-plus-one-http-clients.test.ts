import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * HTTP clients besides axios, got, undici and fetch: ky, ofetch (and Nitro's global `$fetch`),
 * superagent, request/request-promise, needle, graphql-request, and AWS SDK v2's service objects. A request per item of a list
 * is reported (as a hint unless each waits for the one before over rows the code read).
 */
const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (more HTTP clients)', rule, {
  valid: [
    {
      name: 'one request for the whole list, and a gql template built per item (no request)',
      filename: 'server/api/prices.post.ts',
      code: ts`
        import ky from 'ky';
        import { gql } from 'graphql-request';
        export default defineEventHandler(async (event) => {
          const { ids } = await readBody(event);
          const queries = ids.map((id) => gql\`query { price(id: "\${id}") }\`);
          return { prices: await ky.post('https://prices.example.com/batch', { json: { ids } }).json(), queries };
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'Stripe: one product request per subscription, in turn, over rows the code listed and then grouped by customer (`reduce`, `Object.values(…).flat()`)',
      filename: 'pages/api/billing/workspaces.ts',
      code: ts`
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
        export async function productsBySubscription() {
          const byCustomer = (await stripe.subscriptions.list({ limit: 100 })).data.reduce((acc, sub) => {
            (acc[sub.customer as string] ??= []).push(sub);
            return acc;
          }, {} as Record<string, Stripe.Subscription[]>);
          const sub2product = new Map<string, Stripe.Product>();
          for (const sub of Object.values(byCustomer).flat()) {
            sub2product.set(sub.id, await stripe.products.retrieve(sub.items.data[0].price.product as string));
          }
          return sub2product;
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 10 }],
    },
    {
      name: "MinIO: one removeObject per object a listing streams; removeObjects once for them all is the batch",
      filename: 'src/s3/cleanup.ts',
      code: ts`
        import { Client } from 'minio';
        const minioClient = new Client({ endPoint: 'files.internal', accessKey: 'a', secretKey: 'b' });
        export async function removePrefix(bucket: string, prefix: string) {
          const names: string[] = [];
          for await (const obj of minioClient.listObjectsV2(bucket, prefix, true)) {
            await minioClient.removeObject(bucket, obj.name);
            names.push(obj.name);
          }
          await minioClient.removeObjects(bucket, names);
        }
      `,
      errors: [{ messageId: 'remotePerItem', line: 6 }],
    },
    {
      name: 'AWS SDK v2: a DynamoDB DocumentClient get and an SQS message per record',
      filename: 'src/handlers/ingest.js',
      options: [{ report: 'all' }],
      code: ts`
        const AWS = require('aws-sdk');
        const SQS = require('aws-sdk/clients/sqs');
        const docClient = new AWS.DynamoDB.DocumentClient();
        const sqs = new SQS();
        exports.handler = async (event) => {
          for (const rec of event.Records) {
            const user = await docClient.get({ TableName: 'users', Key: { id: rec.body } }).promise();
            await sqs.sendMessage({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(user) }).promise();
          }
          // One request for every key: not per item.
          await docClient.batchGet({ RequestItems: { users: { Keys: event.Records.map((r) => ({ id: r.body })) } } }).promise();
        };
      `,
      errors: [7, 8].map((line) => ({ messageId: 'remotePerItem' as const, line })),
    },
    {
      name: 'ky, a ky instance, superagent, request-promise, graphql-request, ofetch and $fetch: one request per id',
      filename: 'server/api/items.post.ts',
      options: [{ report: 'all' }],
      code: ts`
        import ky from 'ky';
        import superagent from 'superagent';
        import rp from 'request-promise';
        import { request, gql } from 'graphql-request';
        import { ofetch } from 'ofetch';
        const api = ky.create({ prefixUrl: 'https://api.example.com' });
        export default defineEventHandler(async (event) => {
          const out = [];
          for (const id of (await readBody(event)).ids) {
            out.push(await ky.get(\`https://a.example.com/\${id}\`).json());
            out.push(await api.get(\`items/\${id}\`).json());
            out.push(await superagent.get(\`https://b.example.com/\${id}\`));
            out.push(await rp({ uri: \`https://c.example.com/\${id}\`, json: true }));
            out.push(await request('https://d.example.com/graphql', gql\`query { a }\`, { id }));
            out.push(await ofetch(\`/api/x/\${id}\`));
            out.push(await $fetch(\`/api/y/\${id}\`));
          }
          return out;
        });
      `,
      errors: [10, 11, 12, 13, 14, 15, 16].map((line) => ({ messageId: 'remotePerItem' as const, line })),
    },
  ],
});
