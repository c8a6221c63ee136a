import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { UsersLoader } from '../users/users.loader';
import { Post } from './post.entity';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    @InjectRepository(Post) private readonly postsRepository: Repository<Post>,
    private readonly usersLoader: UsersLoader,
  ) {}

  // query { latestPosts(limit: 20) { title author { name } } }
  @Query(() => [Post])
  latestPosts(@Args('limit', { type: () => Int, defaultValue: 20 }) limit: number): Promise<Post[]> {
    return this.postsRepository.find({ order: { publishedAt: 'DESC' }, take: Math.min(limit, 100) });
  }

  // GraphQL calls this once per post; the loader turns those calls into one query.
  @ResolveField('author', () => User, { nullable: true })
  author(@Parent() post: Post): Promise<User | null> {
    return this.usersLoader.load(post.authorId);
  }
}
