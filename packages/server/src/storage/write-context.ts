// Write contexts for writes no request makes: the seed, the command line, the server's own jobs.
import type { WriteContext } from './storage.js';

/** The server itself (the seed, a scheduled publication): actor type `system`. */
export function systemContext(at: string = new Date().toISOString()): WriteContext {
  return { actor: { type: 'system', id: null, name: null }, requestId: null, clientAddress: null, at };
}
