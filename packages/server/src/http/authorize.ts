// The one helper routes call before they act: the policy decides (policy/policy.ts), this turns a refusal into the
// right problem. And the write context every storage write receives, for its audit entry.
import type { Context } from 'hono';
import type { Action, ActionTargets } from '../policy/actions.js';
import { decide } from '../policy/policy.js';
import type { Principal } from '../policy/principal.js';
import { mayKnowOf } from '../policy/visibility.js';
import type { WriteContext } from '../storage/storage.js';
import type { AppEnv } from './app-env.js';
import { signInRequired } from './authenticate.js';
import { HttpProblem } from './problem.js';

/** 403: the person is known and may not do this. */
export function forbidden(): HttpProblem {
  return new HttpProblem(403, 'forbidden', {
    detail: { id: 'Peran Anda tidak mengizinkan tindakan ini', en: 'Your role does not allow this action' },
  });
}

/** 404 for a record that does not exist, or that the person may not know of (the two look the same). */
export function notFound(what: { id: string; en: string } = { id: 'data', en: 'record' }): HttpProblem {
  return new HttpProblem(404, 'not_found', {
    detail: { id: `Tidak ada ${what.id} dengan id ini`, en: `No ${what.en} with this id` },
  });
}

/**
 * Asks the policy whether the signed-in person may do `action` on `target`, and returns the principal when they
 * may. Otherwise throws: 401 when nobody is signed in, 404 when the person may not even know the target exists
 * (policy/visibility.ts; worded as the route's own 404 for a missing record, so the two cannot be told apart), else
 * 403.
 * @example const principal = authorize(c, 'aspiration.change_status', record);
 */
export function authorize<A extends Action>(
  c: Context<AppEnv>,
  action: A,
  target: ActionTargets[A],
  /** What the route calls the record in its own 404, so that both 404s read the same. */
  what?: { id: string; en: string },
): Principal {
  const principal = c.get('principal') ?? null;
  const decision = decide(principal, action, target);
  if (decision === 'allow' && principal) return principal;
  if (decision === 'unauthenticated' || !principal) throw signInRequired();
  if (!mayKnowOf(principal, action, target)) throw notFound(what);
  throw forbidden();
}

/** The signed-in principal, or 401. For routes whose rule is only "someone signed in" (own tokens, me). */
export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.get('principal') ?? null;
  if (!principal) throw signInRequired();
  return principal;
}

/** Who acts in this request, from where, and now: pass it to every storage write. */
export function writeContext(c: Context<AppEnv>): WriteContext {
  return {
    actor: c.get('actor') ?? { type: 'public', id: null, name: null },
    requestId: c.get('requestId') ?? null,
    clientAddress: c.get('clientAddress') ?? null,
    at: new Date().toISOString(),
  };
}
