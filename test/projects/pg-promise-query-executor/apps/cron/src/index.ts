import { Cron } from 'croner';
import { archiveStaleMembers } from './jobs/archiveMembers.job';

// The scheduler's own wrapper: the job is named and scheduled here, and croner runs it on time.
const createJob = (name: string, schedule: string, fn: () => Promise<void>) => new Cron(schedule, { name }, fn);

export function startJobs() {
  return [createJob('archive-members', '0 3 * * *', archiveStaleMembers)];
}
