// trap: perf-coach/no-n-plus-one — fixtures are inserted one by one in test set-up
// trap: perf-coach/prefer-connection-pool — a client created in test set-up
// trap: perf-coach/no-blocking-io — fixture file read synchronously in a test
// trap: perf-coach/no-sync-logging — debugging output in a test
import request from 'supertest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaClient } from '@prisma/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../app';

let prisma: PrismaClient;
const fixtures = JSON.parse(readFileSync(path.join(__dirname, 'fixtures/orders.json'), 'utf8'));

beforeAll(async () => {
  prisma = new PrismaClient();
  await prisma.order.deleteMany();
  for (const order of fixtures.orders) {
    await prisma.order.create({ data: order });
  }
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('GET /orders', () => {
  it('returns open orders with their customer', async () => {
    const res = await request(app).get('/orders?status=open');
    console.log(res.body);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(fixtures.orders.filter((o: { status: string }) => o.status === 'open').length);
    expect(res.body[0].customer).toHaveProperty('email');
  });
});
