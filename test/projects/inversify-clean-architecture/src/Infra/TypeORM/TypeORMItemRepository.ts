import { In, Repository } from 'typeorm';
import type { Item, ItemRepositoryInterface } from '../../Domain/Item';
import { SQLItem } from './SQLItem';

export class TypeORMItemRepository implements ItemRepositoryInterface {
  constructor(private ormRepository: Repository<SQLItem>) {}

  async findByUuid(uuid: string): Promise<Item | null> {
    return this.ormRepository.createQueryBuilder('item').where('item.uuid = :uuid', { uuid }).getOne();
  }

  async findByUuids(uuids: string[]): Promise<Item[]> {
    return this.ormRepository.findBy({ uuid: In(uuids) });
  }

  async findAll(query: { uuids: string[]; sortBy: string }): Promise<Item[]> {
    return this.ormRepository.find({ where: { uuid: In(query.uuids) }, order: { [query.sortBy]: 'ASC' } });
  }

  async save(item: Item): Promise<void> {
    await this.ormRepository.save(item);
  }

  describe(item: Item): string {
    return `${item.uuid} (${item.content.length} bytes)`;
  }
}
