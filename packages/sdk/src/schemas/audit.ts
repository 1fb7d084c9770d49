// The audit log: who changed what, when, from where. Append-only; never passwords, tokens or reporters' data.
import * as z from 'zod/mini';
import { Id, Timestamp } from './common.js';

export const AUDIT_ACTOR_TYPES = ['user', 'token', 'bootstrap', 'system', 'public'] as const;

/**
 * Who acted: a signed-in person, an API token (with its owner), the bootstrap admin token, the server itself
 * (a scheduled publication), or the public (a citizen's submission).
 */
export const AuditActor = z
  .object({
    type: z.enum(AUDIT_ACTOR_TYPES),
    /** The person's id (also for a token, whose id is in `tokenId`); `null` for bootstrap, system and public. */
    id: z.nullable(Id),
    name: z.nullable(z.string()),
    tokenId: z.optional(Id),
  })
  .check(z.meta({ id: 'AuditActor' }));
export type AuditActor = z.infer<typeof AuditActor>;

export const AUDIT_TARGET_TYPES = [
  'user',
  'session',
  'token',
  'invitation',
  'group',
  'category',
  'news',
  'media',
  'aspiration',
  'agency',
  'webhook',
] as const;
export const AuditTargetType = z.enum(AUDIT_TARGET_TYPES).check(z.meta({ id: 'AuditTargetType' }));
export type AuditTargetType = z.infer<typeof AuditTargetType>;

export const AuditEntry = z
  .object({
    id: Id,
    at: Timestamp,
    actor: AuditActor,
    /** `<target type>.<verb>`, e.g. `news.publish`, `user.invite`, `aspiration.status`. */
    action: z.string(),
    target: z.object({ type: AuditTargetType, id: Id, label: z.nullable(z.string()) }),
    /** Names of the fields that changed (never their values). */
    changes: z.array(z.string()),
    /** The region the target belongs to, which decides which officials may read the entry. */
    regionCode: z.nullable(z.string()),
    requestId: z.nullable(z.string()),
    /** The client's address as the server saw it. */
    clientAddress: z.nullable(z.string()),
  })
  .check(z.meta({ id: 'AuditEntry' }));
export type AuditEntry = z.infer<typeof AuditEntry>;
