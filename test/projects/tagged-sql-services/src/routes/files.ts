import { Hono } from 'hono';
import { createClient } from '@supabase/supabase-js';
import { publicUrl, signedUrl } from '../lib/storage';

export const files = new Hono();

files.post('/files/signed', async (c) => {
  const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
  const { paths } = await c.req.json<{ paths: string[] }>();
  const signed = await Promise.all(paths.map((p) => signedUrl(supabase, p))); // expect: perf-coach/no-n-plus-one
  const links = paths.map((p) => publicUrl(supabase, p)); // ok: a URL built in memory
  return c.json({ signed, links });
});
