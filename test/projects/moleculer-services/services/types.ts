import type { Context } from 'moleculer';

/** The context every action gets, with the caller on `meta`. */
export interface AppContext<P = unknown> extends Omit<Context<P>, 'emit'> {
  meta: { userId: string };
  emit(event: string, payload?: unknown): Promise<void>;
}
