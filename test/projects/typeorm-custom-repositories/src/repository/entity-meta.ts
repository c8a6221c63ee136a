import { PostMeta, TagMeta } from '../entity/Meta';

export type MetaKind = 'post' | 'tag';

/** Custom fields of posts and tags, each kind in a table of its own. */
class EntityMetaRepository {
  getMetaClass(kind: MetaKind) {
    if (kind === 'post') return PostMeta;
    if (kind === 'tag') return TagMeta;
  }

  tableLabel(kind: MetaKind) {
    if (kind === 'post') return 'Post fields';
    if (kind === 'tag') return 'Tag fields';
  }

  async metaOf(kind: MetaKind, entityId: number) {
    const rows = await this.getMetaClass(kind)?.getRepository().find({ where: { entityId } });
    return Object.fromEntries((rows ?? []).map((r) => [r.key, r.value]));
  }
}

export const entityMetaRepository = new EntityMetaRepository();
