// Writing and publishing news: a KIM operator drafts and submits, a Dinas official publishes, schedules or sends back.
import * as z from 'zod/mini';
import { UserRef } from './account.js';
import { CategoryRef } from './category.js';
import { HttpUrl, Id, Image, RegionCode, Slug, Timestamp } from './common.js';
import { GroupRef } from './group.js';

/**
 * `draft` (being written), `submitted` (waiting for review), `returned` (sent back with a note), `scheduled`
 * (published at `publishedAt`, in the future), `published`, `unpublished` (taken down; its URL answers 410 Gone).
 */
export const NEWS_STATUSES = ['draft', 'submitted', 'returned', 'scheduled', 'published', 'unpublished'] as const;
export const NewsStatus = z.enum(NEWS_STATUSES).check(z.meta({ id: 'NewsStatus' }));
export type NewsStatus = z.infer<typeof NewsStatus>;

/** The workflow's steps and the statuses each may start from. */
export const NEWS_TRANSITIONS = {
  submit: ['draft', 'returned', 'unpublished'],
  publish: ['submitted', 'scheduled', 'unpublished'],
  return: ['submitted', 'scheduled'],
  unpublish: ['published', 'scheduled'],
} as const satisfies Record<string, readonly NewsStatus[]>;
export type NewsAction = keyof typeof NEWS_TRANSITIONS;

export const NEWS_LIMITS = {
  title: { min: 5, max: 200 },
  /** The body's HTML, in characters. */
  body: { min: 1, max: 200_000 },
  summary: { max: 300 },
  tags: { max: 10, length: 40 },
  note: { max: 2000 },
  alt: { min: 1, max: 300 },
} as const;

/** An image of this server's media with the text that replaces it for people who cannot see it. */
export const NewsImageInput = z
  .object({
    mediaId: Id,
    alt: z.string().check(z.trim(), z.minLength(NEWS_LIMITS.alt.min), z.maxLength(NEWS_LIMITS.alt.max)),
  })
  .check(z.meta({ id: 'NewsImageInput' }));
export type NewsImageInput = z.infer<typeof NewsImageInput>;

const title = z.string().check(z.trim(), z.minLength(NEWS_LIMITS.title.min), z.maxLength(NEWS_LIMITS.title.max));
const body = z.string().check(z.minLength(NEWS_LIMITS.body.min), z.maxLength(NEWS_LIMITS.body.max));
const summary = z.nullable(z.string().check(z.trim(), z.maxLength(NEWS_LIMITS.summary.max)));
const tags = z
  .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(NEWS_LIMITS.tags.length)))
  .check(z.maxLength(NEWS_LIMITS.tags.max));

/**
 * A new article. `body` is HTML; the server keeps only what its allow-list permits (paragraphs, h2-h4, lists, links,
 * strong/em, blockquote, simple tables, figures with images of its own media). Without `summary` (or with `null`)
 * the summary is derived from the body.
 */
export const NewsInput = z
  .object({
    groupId: Id,
    categoryId: Slug,
    title,
    body,
    summary: z.optional(summary),
    tags: z._default(tags, []),
    image: z.optional(z.nullable(NewsImageInput)),
  })
  .check(z.meta({ id: 'NewsInput' }));
export type NewsInput = z.input<typeof NewsInput>;

/** A change to an article; absent fields stay as they are. The group cannot change. */
export const NewsUpdate = z
  .object({
    categoryId: z.optional(Slug),
    title: z.optional(title),
    body: z.optional(body),
    summary: z.optional(summary),
    tags: z.optional(tags),
    image: z.optional(z.nullable(NewsImageInput)),
  })
  .check(z.meta({ id: 'NewsUpdate' }));
export type NewsUpdate = z.infer<typeof NewsUpdate>;

/** Publish now, or at a later time (then the article is `scheduled`). */
export const NewsPublishInput = z
  .object({ publishAt: z.optional(z.nullable(Timestamp)) })
  .check(z.meta({ id: 'NewsPublishInput' }));
export type NewsPublishInput = z.infer<typeof NewsPublishInput>;

/** A reviewer's note: why an article is sent back or taken down. */
export const NewsNoteInput = z
  .object({ note: z.string().check(z.trim(), z.minLength(1), z.maxLength(NEWS_LIMITS.note.max)) })
  .check(z.meta({ id: 'NewsNoteInput' }));
export type NewsNoteInput = z.infer<typeof NewsNoteInput>;

export const NewsReviewNote = z
  .object({ note: z.string(), by: z.nullable(UserRef), at: Timestamp, action: z.enum(['return', 'unpublish']) })
  .check(z.meta({ id: 'NewsReviewNote' }));
export type NewsReviewNote = z.infer<typeof NewsReviewNote>;

/** The cover image as the editor needs it: the public image plus the media it came from (`null` for seed images). */
export const NewsImage = z.object({ ...Image.shape, mediaId: z.nullable(Id) }).check(z.meta({ id: 'NewsImage' }));
export type NewsImage = z.infer<typeof NewsImage>;

/** An article as its authors and reviewers see it, in any status. */
export const NewsAdminView = z
  .object({
    id: Id,
    slug: Slug,
    status: NewsStatus,
    title: z.string(),
    summary: z.string(),
    /** Whether the summary was written by the author or derived from the body. */
    summarySource: z.enum(['author', 'derived']),
    /** Sanitized HTML, exactly what the public will read. */
    body: z.string(),
    image: z.nullable(NewsImage),
    group: GroupRef,
    regionCode: RegionCode,
    category: CategoryRef,
    tags: z.array(z.string()),
    readingMinutes: z.number().check(z.int(), z.positive()),
    author: z.nullable(UserRef),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    submittedAt: z.nullable(Timestamp),
    /** When it was (or, when scheduled, will be) published; kept when a published article is corrected. */
    publishedAt: z.nullable(Timestamp),
    reviewNote: z.nullable(NewsReviewNote),
    /** The public page, also before publication (it answers 404 until then). */
    url: HttpUrl,
    /** Send it back in `If-Match` to change the article. */
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.meta({ id: 'NewsAdminView' }));
export type NewsAdminView = z.infer<typeof NewsAdminView>;
