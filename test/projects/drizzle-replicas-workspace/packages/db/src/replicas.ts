import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type ReplicatedDatabase<Q> = Q & { $primary: Q };

/** Reads go to a replica, writes to the primary (a copy of drizzle's own helper). */
export const withReplicas = <Q extends PgDatabase<PgQueryResultHKT>>(primary: Q, replicas: Q[]): ReplicatedDatabase<Q> => {
  const pick = () => replicas[Math.floor(Math.random() * replicas.length)] ?? primary;
  return new Proxy(primary, {
    get(target, prop) {
      if (prop === '$primary') return primary;
      if (prop === 'select') return pick().select.bind(pick());
      return Reflect.get(target, prop);
    },
  }) as ReplicatedDatabase<Q>;
};
