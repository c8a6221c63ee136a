import type { LibraryTable } from './types';

/** Storage calls: each is one HTTP request to the project's storage API (`getPublicUrl` only builds a URL). */
export const SUPABASE_STORAGE_METHODS = ['upload', 'download', 'remove', 'list', 'createSignedUrl', 'createSignedUrls', 'createSignedUploadUrl', 'move', 'copy'];

/**
 * Supabase's client (`@supabase/supabase-js`, and `@supabase/ssr` for server components): every
 * statement is an HTTP request to PostgREST (`supabase.from('todos').select('*').eq('id', id)`,
 * `.insert(…)`, `.rpc('fn', args)`), every storage call one to the storage API
 * (`supabase.storage.from('avatars').remove([path])`). Clients are cheap objects over `fetch`, often
 * made per request to carry the user's cookies, so making one is no missing pool.
 */
export const supabase: LibraryTable = {
  id: 'supabase',
  name: 'Supabase',
  modules: ['@supabase/supabase-js', '@supabase/ssr'],
  // Not an ORM: its objects have the library's methods only, never a model's own (so no guess by name on them).
  kind: 'sql-driver',
  queryMethods: ['select', 'insert', 'update', 'upsert', 'delete', 'rpc', ...SUPABASE_STORAGE_METHODS],
  readMethods: ['select', 'download', 'list', 'createSignedUrl', 'createSignedUrls'],
  storesFiles: true,
  factories: [
    { export: 'createClient', creates: 'instance' },
    { export: 'createServerClient', creates: 'instance' },
    { export: 'createBrowserClient', creates: 'instance' },
  ],
  typeNames: ['SupabaseClient'],
  declaredTypes: [{ packages: ['@supabase/supabase-js'], types: ['SupabaseClient'] }],
  conventionalNames: /^(supabase|supabaseClient|supabaseAdmin)$/,
};
