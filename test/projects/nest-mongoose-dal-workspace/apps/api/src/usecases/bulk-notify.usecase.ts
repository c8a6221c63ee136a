import { Injectable } from '@nestjs/common';
import { NotificationRepository, SubscriberRepository } from '@relay/dal';
import { GetSubscriber, GetSubscriberCommand } from './get-subscriber.usecase';

@Injectable()
export class BulkNotify {
  constructor(
    private getSubscriber: GetSubscriber,
    private subscriberRepository: SubscriberRepository,
    private notificationRepository: NotificationRepository,
  ) {}

  async execute(command: { environmentId: string; subscriberIds: string[] }) {
    const found = [];
    for (const subscriberId of command.subscriberIds) {
      // A use case injected into another, down to the base repository of a workspace package.
      found.push(await this.getSubscriber.execute(GetSubscriberCommand.create({ environmentId: command.environmentId, subscriberId }))); // expect: perf-coach/no-n-plus-one
    }
    await Promise.all(command.subscriberIds.map((id) => this.subscriberRepository.findOne({ subscriberId: id }))); // expect: perf-coach/no-n-plus-one
    for (const subscriber of found) {
      await this.notificationRepository.markSeen(subscriber._id); // expect: perf-coach/no-n-plus-one
    }
    const names = found.map((s) => this.subscriberRepository.findDisplayName(s)); // ok: a method of the repository that only formats
    const all = await this.subscriberRepository.searchByExternalSubscriberIds(command.environmentId, command.subscriberIds); // ok: one query with $in
    const again = await this.subscriberRepository.findByIds(all.map((s) => s._id)); // ok: the base repository's batched read
    return { names, again };
  }
}
