// Managing categories: create, rename, order, retire. A retired category stays on the items filed under it.
import * as z from 'zod/mini';
import { CATEGORY_SCOPES, Category } from './category.js';
import { Slug, Timestamp } from './common.js';

const name = z.string().check(z.trim(), z.minLength(2), z.maxLength(80));
const description = z.nullable(z.string().check(z.trim(), z.maxLength(300)));
const scopes = z.array(z.enum(CATEGORY_SCOPES)).check(z.minLength(1));

export const CategoryInput = z
  .object({
    /** Derived from the name when absent; it never changes afterwards (items refer to it). */
    id: z.optional(Slug),
    name,
    description: z.optional(description),
    scopes,
  })
  .check(z.meta({ id: 'CategoryInput' }));
export type CategoryInput = z.infer<typeof CategoryInput>;

export const CategoryUpdate = z
  .object({ name: z.optional(name), description: z.optional(description), scopes: z.optional(scopes) })
  .check(z.meta({ id: 'CategoryUpdate' }));
export type CategoryUpdate = z.infer<typeof CategoryUpdate>;

/** The order categories are offered in: every active category's id, first to last. */
export const CategoryOrder = z
  .object({ ids: z.array(Slug).check(z.minLength(1), z.maxLength(500)) })
  .check(z.meta({ id: 'CategoryOrder' }));
export type CategoryOrder = z.infer<typeof CategoryOrder>;

export const CategoryAdminView = z
  .object({
    ...Category.shape,
    position: z.number().check(z.int()),
    /** Retired categories are no longer offered; the items filed under them keep them. */
    retiredAt: z.nullable(Timestamp),
    usage: z.object({
      news: z.number().check(z.int(), z.nonnegative()),
      aspirations: z.number().check(z.int(), z.nonnegative()),
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'CategoryAdminView' }));
export type CategoryAdminView = z.infer<typeof CategoryAdminView>;
