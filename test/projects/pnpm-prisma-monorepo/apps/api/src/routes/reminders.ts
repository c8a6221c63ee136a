import { Router } from 'express';
import { jobs } from '../queue/client.js';

export const remindersRouter = Router();

remindersRouter.post('/reminders', async (req, res) => {
  const recipients: string[] = req.body.recipients;
  for (const email of recipients) {
    await jobs.triggerJob({ name: 'send-reminder', payload: { email } }); // expect: perf-coach/no-n-plus-one
  }
  res.json({ queued: recipients.length, by: recipients.map(() => jobs.label()) }); // ok: label() only reads a string
});

remindersRouter.delete('/reminders', async (req, res) => {
  await Promise.all((req.body.ids as string[]).map((id) => jobs.cancelJob(id))); // expect: perf-coach/no-n-plus-one
  res.end();
});
