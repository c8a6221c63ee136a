import { Inject, Injectable } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom } from 'rxjs';
import { UsersService } from '../users/users.service';

/** Weekly digests, rendered by the mailer service over its transport (`@MessagePattern('render_digest')`). */
@Injectable()
export class DigestsService {
  constructor(
    @Inject('MAILER') private readonly mailer: ClientProxy,
    private readonly users: UsersService,
  ) {}

  async renderAll(userIds: number[]) {
    const out = [];
    for (const userId of userIds) {
      out.push(await firstValueFrom(this.mailer.send('render_digest', { userId }))); // expect: perf-coach/no-n-plus-one
    }
    return out;
  }

  async renderAllAtOnce(userIds: number[]) {
    return firstValueFrom(this.mailer.send('render_digests', { userIds })); // ok: one message for every user
  }

  markSeen(userIds: number[]) {
    for (const userId of userIds) {
      this.mailer.emit('digest_seen', { userId }); // ok: an event, no reply awaited
    }
  }
}
