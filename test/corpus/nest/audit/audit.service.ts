// trap: perf-coach/no-n-plus-one — em.persist only queues entities in the unit of work; the single flush writes them together
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './audit-entry.entity';

export interface AuditEvent {
  action: string;
  target: string;
  meta?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async record(actorId: string, events: AuditEvent[]): Promise<number> {
    for (const event of events) {
      this.em.persist(this.em.create(AuditEntry, { actorId, ...event, at: new Date() }));
    }
    await this.em.flush();
    return events.length;
  }

  history(targets: string[]): Promise<AuditEntry[]> {
    return this.em.find(AuditEntry, { target: { $in: targets } }, { orderBy: { at: 'desc' }, limit: 500 });
  }
}
