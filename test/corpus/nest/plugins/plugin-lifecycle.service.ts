import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JobLock } from './job-lock.entity';

export interface StorePlugin {
  name: string;
  init(): Promise<void>;
  bootstrap(): Promise<void>;
  close(): Promise<void>;
}

// Trap for no-sequential-await: plugins start and stop one after another on purpose (a payment
// plugin needs the tax plugin's tables), once per process. The lock release at shutdown is
// still one UPDATE per lock where one `In(names)` update would do.
@Injectable()
export class PluginLifecycleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly plugins: StorePlugin[] = [];
  private readonly heldLocks: string[] = [];

  constructor(@InjectRepository(JobLock) private readonly locks: Repository<JobLock>) {}

  add(plugin: StorePlugin) {
    this.plugins.push(plugin);
  }

  async onApplicationBootstrap() {
    for (const plugin of this.plugins) {
      await plugin.init();
    }
    for (const plugin of this.plugins) await plugin.bootstrap();
  }

  async onApplicationShutdown() {
    for (const plugin of [...this.plugins].reverse()) {
      await plugin.close();
    }
    for (const name of this.heldLocks) {
      await this.locks.update({ name }, { lockedAt: null }); // expect: perf-coach/no-n-plus-one
    }
  }
}
