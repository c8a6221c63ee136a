// trap: perf-coach/no-n-plus-one — the seller field goes through a request-scoped DataLoader that batches all ids into one query
import { Injectable, Scope } from '@nestjs/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { PrismaService } from '../prisma/prisma.service';
import { Listing } from './models/listing.model';
import { Seller } from './models/seller.model';

@Injectable({ scope: Scope.REQUEST })
export class SellerLoader {
  constructor(private readonly prisma: PrismaService) {}

  readonly byId = new DataLoader<string, Seller | null>(async (ids) => {
    const sellers = await this.prisma.seller.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(sellers.map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

@Resolver(() => Listing)
export class ListingResolver {
  constructor(
    private readonly sellers: SellerLoader,
    private readonly prisma: PrismaService,
  ) {}

  @Query(() => [Listing])
  listings(@Args('first', { type: () => Int, defaultValue: 20 }) first: number) {
    return this.prisma.listing.findMany({ take: Math.min(first, 100), orderBy: { createdAt: 'desc' } });
  }

  @ResolveField(() => Seller, { nullable: true })
  seller(@Parent() listing: Listing) {
    return this.sellers.byId.load(listing.sellerId);
  }
}
