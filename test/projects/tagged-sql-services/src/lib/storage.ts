// Storage helpers typed by the shape they use, so any Supabase client (server, job, browser) fits.
type StorageClient = { storage: { from(bucket: string): any } };

export async function signedUrl(client: StorageClient, path: string) {
  return client.storage.from('vault').createSignedUrl(path, 60);
}

export function publicUrl(client: StorageClient, path: string): string {
  return client.storage.from('vault').getPublicUrl(path).data.publicUrl;
}
