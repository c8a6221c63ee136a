import mongoose from 'mongoose';
import { getCollection } from '../util/mongo';

export async function emailOf(userId: string): Promise<string> {
  const user = await getCollection('users').findOne({ id: userId });
  return user?.email ?? '';
}

export async function watcherEmails(watcherIds: string[]): Promise<string[]> {
  return Promise.all(watcherIds.map((id) => emailOf(id))); // expect: perf-coach/no-n-plus-one
}

export async function watcherEmailsAtOnce(watcherIds: string[]): Promise<string[]> {
  const users = await getCollection('users').find({ id: { $in: watcherIds } }).toArray(); // ok: one $in read
  return users.map((u) => u.email);
}

export async function touchAll(ids: string[]): Promise<void> {
  const events = mongoose.connection.collection('events');
  for (const id of ids) {
    await events.updateOne({ id }, { $set: { seenAt: new Date() } }); // expect: perf-coach/no-n-plus-one
  }
}
