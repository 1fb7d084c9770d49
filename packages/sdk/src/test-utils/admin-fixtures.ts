// Valid sample records of the write side's schemas, for tests (kept apart from the public fixtures).
import type {
  ApiToken,
  AuditEntry,
  CategoryAdminView,
  CreatedApiToken,
  GroupAdminView,
  InvitationLink,
  InvitationPreview,
  InvitedUser,
  Me,
  Media,
  NewsAdminView,
  Session,
  User,
} from '../schemas/index.js';
import { group, newsArticle } from './fixtures.js';

const at = '2026-11-27T08:00:00.000Z';

export const me: Me = {
  id: 'usr_2',
  email: 'rina@example.org',
  name: 'Rina Operator',
  memberships: [
    {
      role: 'kim',
      group: { id: 'grp_1', slug: 'kim-bacang-bersatu', name: 'KIM Bacang Bersatu', regionCode: '19.71.01.1006' },
    },
  ],
  capabilities: ['news.write', 'groups.edit', 'media.upload', 'aspirations.read', 'tokens.manage'],
};

export const session: Session = {
  token: `kims_${'a'.repeat(43)}`,
  expiresAt: '2026-12-04T08:00:00.000Z',
  idleExpiresAt: '2026-11-27T20:00:00.000Z',
  user: me,
};

export const invitationPreview: InvitationPreview = {
  email: me.email,
  name: me.name,
  memberships: me.memberships,
  expiresAt: '2026-11-30T08:00:00.000Z',
};

export const user: User = {
  id: me.id,
  email: me.email,
  name: me.name,
  status: 'active',
  memberships: me.memberships,
  createdAt: at,
  updatedAt: at,
  lastSignInAt: at,
  version: 3,
};

export const invitationLink: InvitationLink = {
  url: `https://kim.example.go.id/console/#/undangan/kimi_${'b'.repeat(43)}`,
  expiresAt: '2026-11-30T08:00:00.000Z',
  emailed: false,
};

export const invitedUser: InvitedUser = {
  user: { ...user, status: 'invited', version: 1 },
  invitation: invitationLink,
};

export const apiToken: ApiToken = {
  id: 'tok_1',
  name: 'Portal kota',
  membership: { role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } },
  owner: { id: 'usr_1', name: 'Budi Dinas' },
  prefix: 'kimp_Xy3',
  createdAt: at,
  expiresAt: '2027-02-25T08:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};

export const createdApiToken: CreatedApiToken = { token: apiToken, secret: `kimp_${'c'.repeat(43)}` };

export const auditEntry: AuditEntry = {
  id: 'aud_1',
  at,
  actor: { type: 'user', id: 'usr_1', name: 'Budi Dinas' },
  action: 'news.publish',
  target: { type: 'news', id: 'news_1', label: 'Posyandu Bacang bulan November' },
  changes: ['status', 'publishedAt'],
  regionCode: '19.71.01.1006',
  requestId: 'req-1',
  clientAddress: '203.0.113.7',
};

export const groupAdminView: GroupAdminView = {
  ...group,
  secretaryName: 'Dedi',
  treasurerName: null,
  registryNumber: null,
  logoMediaId: null,
  previousSlugs: [],
  archivedAt: null,
  createdAt: at,
  version: 2,
};

export const categoryAdminView: CategoryAdminView = {
  id: 'kesehatan',
  name: 'Kesehatan',
  description: null,
  scopes: ['news', 'aspiration'],
  position: 1,
  retiredAt: null,
  usage: { news: 12, aspirations: 3 },
  createdAt: at,
  updatedAt: at,
  version: 1,
};

export const newsAdminView: NewsAdminView = {
  id: 'news_1',
  slug: newsArticle.slug,
  status: 'draft',
  title: newsArticle.title,
  summary: newsArticle.summary,
  summarySource: 'derived',
  body: newsArticle.body,
  image: null,
  group: newsArticle.group,
  regionCode: newsArticle.regionCode,
  category: newsArticle.category,
  tags: ['posyandu'],
  readingMinutes: 1,
  author: { id: 'usr_2', name: 'Rina Operator' },
  createdAt: at,
  updatedAt: at,
  submittedAt: null,
  publishedAt: null,
  reviewNote: null,
  url: newsArticle.url,
  version: 4,
};

export const media: Media = {
  id: 'med_1',
  url: 'https://kim.example.go.id/media/3f2a9c-1600.jpg',
  width: 1600,
  height: 1067,
  variants: [480, 960, 1600].flatMap((width) =>
    (['webp', 'jpeg'] as const).map((format) => ({
      url: `https://kim.example.go.id/media/3f2a9c-${width}.${format === 'jpeg' ? 'jpg' : 'webp'}`,
      format,
      width,
      height: Math.round((width * 1067) / 1600),
      bytes: width * 40,
    })),
  ),
  createdAt: at,
};
