import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MailerService } from '@nestjs-modules/mailer';

interface DigestJob {
  digestId: string;
  recipients: { email: string; name: string }[];
}

@Processor('digest')
export class DigestProcessor extends WorkerHost {
  constructor(private readonly mailer: MailerService) {
    super();
  }

  async process(job: Job<DigestJob>): Promise<{ sent: number }> {
    console.log(`processing digest ${job.data.digestId} for ${job.data.recipients.length} recipients`); // expect: perf-coach/no-sync-logging
    for (const recipient of job.data.recipients) {
      await this.mailer.sendMail({ // expect: perf-coach/no-sequential-await
        to: recipient.email,
        subject: 'Your weekly digest',
        template: 'digest',
        context: { name: recipient.name, digestId: job.data.digestId },
      });
    }
    return { sent: job.data.recipients.length };
  }
}
