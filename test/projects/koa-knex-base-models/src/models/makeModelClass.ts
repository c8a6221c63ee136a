import { getCollection } from '../util/mongo';

interface ModelConfig { collectionName: string }

// Document models of the app all come from this factory, which makes one class per collection.
export abstract class BaseDocModel {
  protected abstract get config(): ModelConfig;

  protected collection() {
    return getCollection(this.config.collectionName);
  }

  protected async findOneBy(filter: Record<string, unknown>) {
    return this.collection().findOne(filter);
  }

  public async getById(id: string) {
    return this.collection().findOne({ id });
  }

  public toApiFormat(doc: Record<string, unknown>) {
    return { ...doc, _id: undefined };
  }

  protected async upsertBy(filter: Record<string, unknown>, doc: Record<string, unknown>) {
    await this.collection().updateOne(filter, { $set: doc }, { upsert: true });
  }
}

export const makeModelClass = (config: ModelConfig) => {
  abstract class Model extends BaseDocModel {
    protected get config() {
      return config;
    }
  }
  return Model;
};
