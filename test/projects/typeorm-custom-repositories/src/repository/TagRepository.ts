import { EntityRepository, In, Repository } from 'typeorm';
import { Tag } from '../entity/Tag';

@EntityRepository(Tag)
export class TagRepository extends Repository<Tag> {
  byName(name: string) {
    return this.findOne({ where: { name } });
  }

  byNames(names: string[]) {
    return this.find({ where: { name: In(names) } });
  }
}
