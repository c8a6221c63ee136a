import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InviteLinkQuery } from '../invite-link.query';

/** Builds the link in memory: no query behind this query. */
@QueryHandler(InviteLinkQuery)
export class InviteLinkHandler implements IQueryHandler<InviteLinkQuery> {
  async execute(query: InviteLinkQuery): Promise<string> {
    return `https://shop.example/invite?team=${query.teamId}&email=${encodeURIComponent(query.email)}`;
  }
}
