import Agenda from 'agenda';
import { getCollection } from '../util/mongo';

export default function registerRefreshJobs(agenda: Agenda) {
  agenda.define('refresh-all', async () => {
    const due = await getCollection('reports').find({ due: true }).toArray();
    for (const report of due) {
      await queueRefresh(report.id); // expect: perf-coach/no-n-plus-one
    }
    await agenda.now('refresh-summary', { count: due.length }); // ok: once per run
  });

  async function queueRefresh(reportId: string) {
    const job = agenda.create('refresh-one', { reportId });
    job.unique({ reportId }); // ok: sets a field in memory
    job.schedule(new Date()); // ok: sets a field in memory
    await job.save();
  }
}
