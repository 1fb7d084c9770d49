import * as z from 'zod/mini';
import { Slug } from './common.js';

export const CATEGORY_SCOPES = ['news', 'aspiration'] as const;

/** A topic used to file news articles and aspirations. */
export const Category = z
  .object({
    id: Slug,
    name: z.string().check(z.minLength(1)),
    description: z.nullable(z.string()),
    /** Where the category may be used. */
    scopes: z.array(z.enum(CATEGORY_SCOPES)),
  })
  .check(z.meta({ id: 'Category' }));
export type Category = z.infer<typeof Category>;

export const CategoryRef = z.object({ id: Slug, name: z.string() }).check(z.meta({ id: 'CategoryRef' }));
export type CategoryRef = z.infer<typeof CategoryRef>;
