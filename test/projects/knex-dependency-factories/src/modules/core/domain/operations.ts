export type Stream = { id: string; name: string; regionKey: string | null };

// Operations the services depend on; repositories implement them.
export type GetStream = (params: { streamId: string }) => Promise<Stream | undefined>;
export type GetUserEmails = (params: { userId: string }) => Promise<string[]>;
export type GetRegionKey = (params: { streamId: string }) => Promise<string | null>;
