import mongoose, { Schema } from 'mongoose';
import { BaseRepository } from '../base-repository';
import { SubscriberEntity } from './subscriber.entity';

const subscriberSchema = new Schema({ _environmentId: Schema.Types.ObjectId, subscriberId: String, email: String });
export const Subscriber = mongoose.models.Subscriber || mongoose.model('Subscriber', subscriberSchema);

export class SubscriberRepository extends BaseRepository<unknown, SubscriberEntity> {
  constructor() {
    super(Subscriber, SubscriberEntity);
  }

  async findBySubscriberId(environmentId: string, subscriberId: string) {
    return this.findOne({ _environmentId: environmentId, subscriberId });
  }

  async searchByExternalSubscriberIds(environmentId: string, externalIds: string[]) {
    return this.find({ _environmentId: environmentId, subscriberId: { $in: externalIds } });
  }

  /** Formats only: no query behind the name. */
  findDisplayName(subscriber: SubscriberEntity) {
    return subscriber.email ?? subscriber.subscriberId;
  }
}
