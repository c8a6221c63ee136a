import rule from '../../src/rules/no-n-plus-one';
import { createRuleTester, ts } from './rule-tester';

/**
 * Supabase's client: each PostgREST statement (`supabase.from('todos').select(…)`, `.insert(…)`,
 * `.rpc(…)`) and each storage call (`supabase.storage.from('avatars').remove([path])`) is one HTTP
 * request. `getPublicUrl` only builds a URL; `.in('id', ids)` and an array passed to `insert` are one
 * request for the whole list.
 */
const ruleTester = createRuleTester();

ruleTester.run('no-n-plus-one (Supabase)', rule, {
  valid: [
    {
      name: 'one filtered select for every id, one insert of every row, public URLs built in memory',
      filename: 'app/api/todos/route.ts',
      code: ts`
        import { createClient } from '@supabase/supabase-js';
        export async function POST(req: Request) {
          const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
          const { ids, rows, paths }: { ids: string[]; rows: Array<{ title: string }>; paths: string[] } = await req.json();
          const { data } = await supabase.from('todos').select('*').in('id', ids);
          await supabase.from('todos').insert(rows);
          const urls = paths.map((p) => supabase.storage.from('avatars').getPublicUrl(p).data.publicUrl);
          return Response.json({ data, urls });
        }
      `,
    },
    {
      name: "an upload per attachment: each request carries that file's bytes, with nothing to merge (a hint with report: 'all')",
      filename: 'app/api/inbox/route.ts',
      code: ts`
        import { createClient } from '@supabase/supabase-js';
        export async function POST(req: Request) {
          const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
          const files: Array<{ name: string; body: string }> = await req.json();
          await Promise.all(files.map((f) => supabase.storage.from('inbox').upload(f.name, f.body)));
          return new Response('ok');
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a select per id, awaited in turn',
      filename: 'app/api/todos/route.ts',
      code: ts`
        import { createClient } from '@supabase/supabase-js';
        export async function POST(req: Request) {
          const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
          const ids: string[] = await req.json();
          const todos = [];
          for (const id of ids) {
            const { data } = await supabase.from('todos').select('*').eq('id', id).single();
            todos.push(data);
          }
          return Response.json(todos);
        }
      `,
      errors: [{ messageId: 'perItem', line: 7, data: { call: 'supabase.from(…).select', repetition: 'item of \`ids\` (loop at line 6)' } }],
    },
    {
      name: 'a storage removal per path mapped into Promise.all, on a client typed SupabaseClient',
      filename: 'src/services/files.ts',
      code: ts`
        import type { SupabaseClient } from '@supabase/supabase-js';
        export async function removeAll(client: SupabaseClient, paths: string[]) {
          await Promise.all(paths.map((p) => client.storage.from('vault').remove([p])));
        }
      `,
      errors: [{ messageId: 'perItem', line: 3, data: { call: 'client.storage.from(…).remove', repetition: 'item of \`paths\` (\`.map\` at line 3)' } }],
    },
  ],
});
