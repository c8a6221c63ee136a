import { db } from '@/db/knex';
import { getStreamFactory, getUserEmailsFactory } from '@/modules/core/repositories/streams';
import { inMemoryRegionKeyFactory } from '@/modules/regions/regionKeys';
import { createActivitySummaryFactory, notifyAdminsFactory } from '@/modules/activity/services/summary';

export async function activitySummary(req: { body: { streamIds: string[]; adminIds: string[] } }) {
  const summarize = createActivitySummaryFactory({ getStream: getStreamFactory({ db }), getRegionKey: inMemoryRegionKeyFactory() });
  const notify = notifyAdminsFactory({ getUserEmails: getUserEmailsFactory({ db }) });
  return { summary: await summarize(req.body), emails: await notify(req.body) };
}
