// Query parameters of the list endpoints, as they arrive in a URL (strings).
import * as z from 'zod/mini';
import { RegionCode, Slug } from './common.js';
import { FocusArea } from './group.js';
import { RegionLevel } from './region.js';
import { withMessage } from './validation-messages.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `limit` of every list: a whole number from 1 to MAX_PAGE_SIZE, as text in a URL. */
export const limit = z.optional(
  z.pipe(
    z.string().check(withMessage(z.regex(/^\d{1,3}$/), { id: 'Harus bilangan bulat', en: 'Expected a whole number' })),
    z.pipe(
      z.transform((s: string) => Number(s)),
      z.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
    ),
  ),
);
/** `cursor` of every list. */
export const cursor = z.optional(z.string().check(z.minLength(1), z.maxLength(200)));
/** `q` of every searchable list. */
export const q = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)));

export const RegionListQuery = z.strictObject({
  parent: z.optional(RegionCode),
  level: z.optional(RegionLevel),
});

export const GroupListQuery = z.strictObject({
  region: z.optional(RegionCode),
  q,
  focus: z.optional(FocusArea),
  limit,
  cursor,
});

export const NewsListQuery = z.strictObject({
  region: z.optional(RegionCode),
  group: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  category: z.optional(Slug),
  q,
  limit,
  cursor,
});
