export class SubscriberEntity {
  _id!: string;
  subscriberId!: string;
  email?: string;
}
