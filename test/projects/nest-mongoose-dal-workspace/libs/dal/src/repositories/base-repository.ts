import { Model, Types } from 'mongoose';

/** The generic repository every collection's repository extends (the pattern of Novu's DAL). */
export class BaseRepository<T_DBModel, T_Entity> {
  public _model: Model<T_DBModel>;

  constructor(protected MongooseModel: Model<T_DBModel>, protected entity: new () => T_Entity) {
    this._model = MongooseModel;
  }

  async findOne(query: Record<string, unknown>, select = ''): Promise<T_Entity | null> {
    const data = await this.MongooseModel.findOne(query, select).lean();
    return data ? this.mapEntity(data) : null;
  }

  async find(query: Record<string, unknown>, select = ''): Promise<T_Entity[]> {
    const data = await this.MongooseModel.find(query, select).lean();
    return data.map((d) => this.mapEntity(d));
  }

  async findByIds(ids: string[]): Promise<T_Entity[]> {
    return this.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } });
  }

  async update(query: Record<string, unknown>, body: Record<string, unknown>) {
    return this.MongooseModel.updateMany(query, body);
  }

  protected mapEntity(data: unknown): T_Entity {
    return Object.assign(new this.entity(), data);
  }
}
