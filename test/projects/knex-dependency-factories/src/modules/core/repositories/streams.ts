import type { Knex } from 'knex';
import type { GetStream, GetUserEmails } from '@/modules/core/domain/operations';

export const getStreamFactory =
  (deps: { db: Knex }): GetStream =>
  async ({ streamId }) =>
    deps.db('streams').where({ id: streamId }).first();

export const getUserEmailsFactory =
  (deps: { db: Knex }): GetUserEmails =>
  async ({ userId }) => {
    const rows = await deps.db('user_emails').where({ userId }).select('email');
    return rows.map((r: { email: string }) => r.email);
  };
