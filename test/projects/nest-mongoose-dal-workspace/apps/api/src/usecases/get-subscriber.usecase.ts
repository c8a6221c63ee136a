import { Injectable } from '@nestjs/common';
import { SubscriberRepository } from '@relay/dal';

export class GetSubscriberCommand {
  environmentId!: string;
  subscriberId!: string;
  static create(c: GetSubscriberCommand) {
    return Object.assign(new GetSubscriberCommand(), c);
  }
}

@Injectable()
export class GetSubscriber {
  constructor(private subscriberRepository: SubscriberRepository) {}

  async execute(command: GetSubscriberCommand) {
    const subscriber = await this.subscriberRepository.findBySubscriberId(command.environmentId, command.subscriberId);
    if (!subscriber) throw new Error(`Subscriber ${command.subscriberId} not found`);
    return subscriber;
  }
}
