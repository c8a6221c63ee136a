import type { LibraryTable } from './types';

const reads = ['profilePictureUrl', 'onWhatsApp', 'fetchStatus', 'groupMetadata', 'groupFetchAllParticipating', 'groupInviteCode', 'groupGetInviteInfo', 'getBusinessProfile', 'fetchBlocklist', 'fetchPrivacySettings', 'getUSyncDevices'];

/**
 * Baileys, the WhatsApp Web socket (`const sock = makeWASocket(config)`): each query
 * (`sock.profilePictureUrl(jid)`, `sock.groupMetadata(jid)`, `sock.onWhatsApp(jid)`) and each send
 * is a request over the socket that waits for WhatsApp's servers to answer, and WhatsApp limits
 * how fast an account may send them. `onWhatsApp(...jids)` takes many numbers at once.
 */
export const baileys: LibraryTable = {
  id: 'baileys',
  name: 'Baileys (WhatsApp)',
  modules: ['baileys', '@whiskeysockets/baileys', '@adiwajshing/baileys'],
  kind: 'http-client',
  queryMethods: [...reads, 'sendMessage', 'relayMessage', 'readMessages', 'chatModify', 'presenceSubscribe', 'updateBlockStatus', 'groupParticipantsUpdate', 'groupUpdateSubject', 'groupUpdateDescription', 'groupSettingUpdate', 'groupCreate', 'groupLeave', 'updateProfilePicture', 'removeProfilePicture', 'updateProfileStatus', 'updateProfileName', 'addChatLabel', 'removeChatLabel', 'addMessageLabel', 'removeMessageLabel'],
  readMethods: reads,
  // One socket per WhatsApp account, kept open for the account's life: not a pool to share.
  factories: [
    { export: 'default', creates: 'instance' },
    { export: 'makeWASocket', creates: 'instance' },
  ],
  typeNames: ['WASocket'],
  declaredTypes: [{ packages: ['baileys', '@whiskeysockets/baileys', '@adiwajshing/baileys'], types: ['WASocket'] }],
};
