// The tables as Kysely sees them. Timestamps are ISO 8601 strings in UTC (`toISOString()`), so they sort as text.
import type { Generated } from 'kysely';

export interface RegionTable {
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parent_code: string | null;
}

export interface CategoryTable {
  id: string;
  name: string;
  description: string | null;
  /** Comma-separated scopes: `news`, `aspiration`. */
  scopes: string;
  position: number;
}

export interface GroupTable {
  seq: Generated<number>;
  id: string;
  slug: string;
  name: string;
  region_code: string;
  address: string | null;
  decree_number: string | null;
  decree_date: string | null;
  decree_issuer: string | null;
  founded_on: string | null;
  chair_name: string | null;
  member_count: number;
  /** JSON array of focus areas, mirrored in `group_focus` for filtering. */
  focus_areas: string;
  contact_email: string | null;
  contact_phone: string | null;
  contact_website: string | null;
  /** JSON array of `{ network, url }`. */
  social: string;
  logo_path: string | null;
  status: string;
  updated_at: string;
}

export interface GroupFocusTable {
  group_id: string;
  focus: string;
}

export interface NewsTable {
  seq: Generated<number>;
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  /** The body without markup, for the full-text index. */
  body_text: string;
  image_path: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  group_id: string;
  region_code: string;
  category_id: string;
  /** JSON array of strings. */
  tags: string;
  published_at: string;
  updated_at: string;
}

export interface AspirationTable {
  seq: Generated<number>;
  id: string;
  tracking_code: string;
  kind: string;
  status: string;
  title: string;
  body: string;
  category_id: string;
  region_code: string;
  anonymous: number;
  confidential: number;
  reporter_name: string | null;
  reporter_email: string | null;
  reporter_phone: string | null;
  submitted_at: string;
  updated_at: string;
}

export interface AspirationHistoryTable {
  seq: Generated<number>;
  aspiration_id: string;
  status: string;
  at: string;
  note: string | null;
}

export interface IdempotencyKeyTable {
  key: string;
  request_hash: string;
  aspiration_id: string;
  created_at: string;
}

export interface Tables {
  regions: RegionTable;
  categories: CategoryTable;
  groups: GroupTable;
  group_focus: GroupFocusTable;
  news: NewsTable;
  aspirations: AspirationTable;
  aspiration_history: AspirationHistoryTable;
  idempotency_keys: IdempotencyKeyTable;
}
