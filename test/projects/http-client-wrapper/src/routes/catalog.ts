import type { FastifyInstance } from 'fastify';
import { api, getJson } from '../lib/http.js';
import { enrichContributors, priceBasket } from '../services/profiles.js';
import { redis } from '../cache.js';

export default async function catalogRoutes(app: FastifyInstance) {
  app.post<{ Body: { ids: string[] } }>('/items', async (req) => {
    return Promise.all(req.body.ids.map((id) => getJson(`${process.env.CATALOG_URL}/items/${id}`))); // expect: perf-coach/no-n-plus-one
  });

  app.post<{ Body: { ids: string[] } }>('/stock', async (req) => {
    const stock: Record<string, unknown> = {};
    for (const id of req.body.ids) {
      const { data } = await api.get(`/stock/${id}`); // expect: perf-coach/no-n-plus-one
      stock[id] = data;
    }
    return stock;
  });

  app.get('/regions', async () => {
    const out: Record<string, unknown> = {};
    for (const region of ['eu', 'us']) {
      out[region] = (await api.get(`/regions/${region}/status`)).data; // ok: fixed list of two regions
    }
    return out;
  });

  app.post<{ Body: { ids: string[] } }>('/stock/cached', async (req) => {
    const cached = await redis.mget(...req.body.ids.map((id) => `stock:${id}`)); // ok: one MGET for all ids
    return Object.fromEntries(req.body.ids.map((id, i) => [id, cached[i]]));
  });

  app.post<{ Body: { ids: string[] } }>('/stock/ttl', async (req) => {
    return Promise.all(req.body.ids.map((id) => redis.ttl(`stock:${id}`))); // expect: perf-coach/no-n-plus-one
  });

  app.post<{ Body: { logins: string[] } }>('/contributors', async (req) => enrichContributors(req.body.logins));
  app.post<{ Body: { skus: string[] } }>('/basket', async (req) => priceBasket(req.body.skus));
}
