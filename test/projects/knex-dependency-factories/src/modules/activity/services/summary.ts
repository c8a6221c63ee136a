import type { GetRegionKey, GetStream, GetUserEmails } from '@/modules/core/domain/operations';

export const createActivitySummaryFactory =
  ({ getStream, getRegionKey }: { getStream: GetStream; getRegionKey: GetRegionKey }) =>
  async ({ streamIds }: { streamIds: string[] }) => {
    const streams = await Promise.all(streamIds.map(async (streamId) => getStream({ streamId }))); // expect: perf-coach/no-n-plus-one
    const regions = await Promise.all(streamIds.map((streamId) => getRegionKey({ streamId }))); // ok: an in-memory lookup
    return { streams, regions };
  };

export const notifyAdminsFactory =
  (deps: { getUserEmails: GetUserEmails }) =>
  async ({ adminIds }: { adminIds: string[] }) => {
    const emails: string[] = [];
    for (const userId of adminIds) {
      emails.push(...(await deps.getUserEmails({ userId }))); // expect: perf-coach/no-n-plus-one
    }
    return emails;
  };
