import mongoose from 'mongoose';

// The raw collections of the default connection, for code that skips the models.
export function getCollection(name: string) {
  return mongoose.connection.db!.collection(name);
}

export function onDisconnect(handler: () => void) {
  mongoose.connection.on('disconnected', handler); // ok: an event listener, not a query
}
