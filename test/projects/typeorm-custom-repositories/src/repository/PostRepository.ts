import { EntityRepository, Repository } from 'typeorm';
import { Post } from '../entity/Post';
import { Tag } from '../entity/Tag';

@EntityRepository(Post)
export class PostRepository extends Repository<Post> {
  /** Links one tag to the post; the name does not say it writes. */
  async attachTag(post: Post, tag: Tag) {
    await this.createQueryBuilder().relation(Post, 'tags').of(post).add(tag);
  }

  /** Pure formatting: no query. */
  slugFor(title: string): string {
    return title.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
  }
}
