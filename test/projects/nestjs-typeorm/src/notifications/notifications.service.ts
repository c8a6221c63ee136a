import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class NotificationsService {
  constructor(private readonly prisma: PrismaService) {}

  async notifyAll(userIds: number[], message: string) {
    for (const userId of userIds) {
      await this.prisma.notification.create({ data: { userId, message } }); // expect: perf-coach/no-n-plus-one
    }
  }

  async notifyAllBatched(userIds: number[], message: string) {
    await this.prisma.notification.createMany({ data: userIds.map((userId) => ({ userId, message })) }); // ok: one createMany
  }

  async announce(message: string) {
    // A fixed list of two channels, not a collection that grows with the data.
    for (const channel of ['email', 'push'] as const) {
      await this.prisma.announcement.create({ data: { channel, message } }); // ok: literal list of two
    }
  }
}
