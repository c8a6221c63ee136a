import { Injectable } from '@nestjs/common';
import { DataSource, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';

/** A wrapper the services inject instead of the DataSource: it picks the request's transaction. */
@Injectable()
export class TransactionalConnection {
  constructor(private readonly dataSource: DataSource) {}

  getRepository<T extends ObjectLiteral>(ctx: { tx?: unknown }, target: EntityTarget<T>): Repository<T> {
    return this.dataSource.getRepository(target);
  }

  /** Not a repository: a plain value the same wrapper also hands out. */
  describe(ctx: { tx?: unknown }): string {
    return ctx.tx ? 'in a transaction' : 'autocommit';
  }
}
