import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import axios from 'axios';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { lazyConnect: true });
const crm = axios.create({
  baseURL: process.env.CRM_API_URL,
  timeout: 4000,
  headers: { Authorization: `Bearer ${process.env.CRM_TOKEN}` },
});

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    const lead = JSON.parse(record.body);
    try {
      await crm.post('/leads', lead); // expect: perf-coach/no-n-plus-one
    } catch {
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  await Promise.all(event.Records.map((r) => redis.incr(`ingest:count:${r.attributes.MessageGroupId ?? 'default'}`))); // expect: perf-coach/no-n-plus-one
  return { batchItemFailures: failures };
};
