import makeWASocket, { type WASocket } from 'baileys';
import type { PrismaRepository } from '../lib/db.js';

interface ChatEvent {
  id: string;
  name?: string;
}

/** One WhatsApp account: its socket, and the handlers of the socket's events. */
export class WhatsappInstance {
  public client!: WASocket;

  constructor(
    private readonly prismaRepository: PrismaRepository,
    private readonly instanceId: string,
  ) {}

  async connect() {
    this.client = makeWASocket({ printQRInTerminal: false });
    this.client.ev.on('chats.update', (chats) => this.chatHandle['chats.update'](chats as ChatEvent[]));
    this.client.ev.on('chats.delete', (ids) => this.chatHandle['chats.delete'](ids));
  }

  private readonly chatHandle = {
    'chats.update': async (chats: ChatEvent[]) => {
      for (const chat of chats) {
        await this.prismaRepository.chat.updateMany({ // expect: perf-coach/no-n-plus-one
          where: { instanceId: this.instanceId, remoteJid: chat.id },
          data: { name: chat.name },
        });
      }
    },
    'chats.delete': async (ids: string[]) => {
      await this.prismaRepository.chat.deleteMany({ where: { instanceId: this.instanceId, remoteJid: { in: ids } } }); // ok: one delete for all
    },
  };

  async profilePicture(jid: string) {
    try {
      return await this.client.profilePictureUrl(jid, 'image');
    } catch {
      return null;
    }
  }

  /** Refreshes the picture of every saved contact: one request to WhatsApp per contact, in turn. */
  async refreshContactPictures() {
    const contacts = await this.prismaRepository.contact.findMany({ where: { instanceId: this.instanceId } });
    for (const contact of contacts) {
      const picture = await this.profilePicture(contact.remoteJid); // expect: perf-coach/no-n-plus-one
      await this.prismaRepository.contact.update({ where: { id: contact.id }, data: { picture } }); // expect: perf-coach/no-n-plus-one
    }
  }

  async registeredNumbers(numbers: string[]) {
    return this.client.onWhatsApp(...numbers); // ok: one query for every number
  }
}
