// trap: perf-coach/prefer-connection-pool — lazy singleton: the connection promise is cached on globalThis and reused across requests and hot reloads
import mongoose, { type Connection } from 'mongoose';

const MONGODB_URI = process.env.MONGODB_URI;

type ConnectionCache = { conn: Connection | null; promise: Promise<Connection> | null };

const globalWithMongoose = globalThis as typeof globalThis & { mongooseCache?: ConnectionCache };
const cached: ConnectionCache = (globalWithMongoose.mongooseCache ??= { conn: null, promise: null });

export default async function dbConnect(): Promise<Connection> {
  if (!MONGODB_URI) throw new Error('MONGODB_URI is not set');
  if (cached.conn) return cached.conn;
  cached.promise ??= mongoose.createConnection(MONGODB_URI, { bufferCommands: false, maxPoolSize: 10 }).asPromise();
  try {
    cached.conn = await cached.promise;
  } catch (err) {
    cached.promise = null;
    throw err;
  }
  return cached.conn;
}
