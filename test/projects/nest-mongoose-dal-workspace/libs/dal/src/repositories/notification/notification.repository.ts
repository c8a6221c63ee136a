import mongoose, { Schema } from 'mongoose';
import { BaseRepository } from '../base-repository';

export class NotificationEntity {
  _id!: string;
  _subscriberId!: string;
}

const notificationSchema = new Schema({ _subscriberId: Schema.Types.ObjectId, seen: Boolean });
const Notification = mongoose.models.Notification || mongoose.model('Notification', notificationSchema);

export class NotificationRepository extends BaseRepository<unknown, NotificationEntity> {
  constructor() {
    super(Notification, NotificationEntity);
  }

  async markSeen(subscriberId: string) {
    return this.update({ _subscriberId: subscriberId }, { $set: { seen: true } });
  }
}
