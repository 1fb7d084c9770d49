import * as z from 'zod/mini';

/** One page of a list; pass `nextCursor` back as `cursor` for the next page. */
export const Page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    data: z.array(item),
    /** `null` on the last page. */
    nextCursor: z.nullable(z.string()),
  });
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
