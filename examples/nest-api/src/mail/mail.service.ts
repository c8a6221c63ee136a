import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { User } from '../users/user.entity';

const TEMPLATE_DIR = join(__dirname, 'templates');
const ATTACHMENT_DIR = process.env.ATTACHMENT_DIR ?? 'var/attachments';

export interface Attachment {
  filename: string;
  content: Buffer;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Replaces {{key}} placeholders with HTML-escaped values. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) =>
    (values[key] ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]),
  );
}

@Injectable()
export class MailService implements OnModuleInit {
  private welcomeTemplate = '';

  // Templates ship with the build: load them once at start-up and fail fast if one is missing.
  async onModuleInit(): Promise<void> {
    this.welcomeTemplate = await readFile(join(TEMPLATE_DIR, 'welcome.html'), 'utf8');
  }

  /** Body of the welcome email sent after sign-up. */
  renderWelcome(user: Pick<User, 'name' | 'handle'>): string {
    const template = readFileSync(join(TEMPLATE_DIR, 'welcome.html'), 'utf8');
    return fill(template, { name: user.name, handle: user.handle });
  }

  /** Same body from the template loaded at start-up. */
  renderWelcomePreloaded(user: Pick<User, 'name' | 'handle'>): string {
    return fill(this.welcomeTemplate, { name: user.name, handle: user.handle });
  }

  /** Reads the files a support agent attached to a reply. */
  async loadAttachments(names: string[]): Promise<Attachment[]> {
    const attachments: Attachment[] = [];
    for (const name of names) {
      const content = await readFile(join(ATTACHMENT_DIR, basename(name)));
      attachments.push({ filename: name, content });
    }
    return attachments;
  }

  /** Same files, all reads in flight at once (a reply has at most a handful). */
  loadAttachmentsConcurrently(names: string[]): Promise<Attachment[]> {
    return Promise.all(
      names.map((name) =>
        readFile(join(ATTACHMENT_DIR, basename(name))).then((content) => ({ filename: name, content })),
      ),
    );
  }
}
