import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PrismaService } from '../prisma/prisma.service';
import { Product } from './models/product.model';
import { Category } from './models/category.model';

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Query(() => [Product])
  products(@Args('categoryId', { type: () => Int, nullable: true }) categoryId?: number) {
    return this.prisma.product.findMany({
      where: categoryId ? { categoryId } : undefined,
      orderBy: { createdAt: 'desc' },
      take: 100,
    });
  }

  @ResolveField(() => Category)
  category(@Parent() product: Product) {
    return this.prisma.category.findUnique({ where: { id: product.categoryId } }); // not reported: Prisma gathers findUnique calls made in the same tick into one query
  }

  @ResolveField(() => Int)
  async reviewCount(@Parent() product: Product): Promise<number> {
    return this.prisma.review.count({ where: { productId: product.id, hidden: false } }); // expect: perf-coach/no-n-plus-one
  }
}
