import type { Send } from '../request.js';
import { type AdminAgenciesResource, adminAgenciesResource } from './admin-agencies.js';
import { type AdminAspirationIntakesResource, adminAspirationIntakesResource } from './admin-aspiration-intakes.js';
import { type AdminAspirationsResource, adminAspirationsResource } from './admin-aspirations.js';
import { type AdminAuditResource, adminAuditResource } from './admin-audit.js';
import { type AdminCategoriesResource, adminCategoriesResource } from './admin-categories.js';
import { type AdminGroupsResource, adminGroupsResource } from './admin-groups.js';
import {
  type AdminInformationRequestsResource,
  adminInformationRequestsResource,
} from './admin-information-requests.js';
import { type AdminMediaResource, adminMediaResource } from './admin-media.js';
import { type AdminNewsResource, adminNewsResource } from './admin-news.js';
import { type AdminTokensResource, adminTokensResource } from './admin-tokens.js';
import { type AdminUsersResource, adminUsersResource } from './admin-users.js';
import { type AdminWebhooksResource, adminWebhooksResource } from './admin-webhooks.js';

/**
 * Everything under `client.admin`: the side of the API that KIM operators, Dinas officials and admins use. Every
 * call sends the client's `token`; what each person may do is decided by the server (`auth.me().capabilities`).
 */
export interface AdminResource {
  /** The KIM registry. */
  readonly groups: AdminGroupsResource;
  /** Categories of news and aspirations. */
  readonly categories: AdminCategoriesResource;
  /** Writing, reviewing and publishing news. */
  readonly news: AdminNewsResource;
  /** Image uploads. */
  readonly media: AdminMediaResource;
  /** People, their roles and invitations. */
  readonly users: AdminUsersResource;
  /** Everyone's API tokens. */
  readonly tokens: AdminTokensResource;
  /** The audit log. */
  readonly audit: AdminAuditResource;
  /** The officials' inbox of aspirations. */
  readonly aspirations: AdminAspirationsResource;
  /** Signed webhooks of integrations: subscriptions, delivery log, replay. */
  readonly webhooks: AdminWebhooksResource;
  /** Perangkat daerah that aspirations are forwarded to. */
  readonly agencies: AdminAgenciesResource;
  /** Aspirations a KIM records for residents without internet. */
  readonly aspirationIntakes: AdminAspirationIntakesResource;
  /** The legal course of information requests (UU 14/2008): extension and decision. */
  readonly informationRequests: AdminInformationRequestsResource;
}

/**
 * Builds `client.admin` on a transport. A console that needs nothing public composes it alone:
 * @example const kim = composeKimClient(transport, { auth: authResource, admin: adminResource });
 */
export function adminResource(send: Send): AdminResource {
  return Object.freeze({
    groups: adminGroupsResource(send),
    categories: adminCategoriesResource(send),
    news: adminNewsResource(send),
    media: adminMediaResource(send),
    users: adminUsersResource(send),
    tokens: adminTokensResource(send),
    audit: adminAuditResource(send),
    aspirations: adminAspirationsResource(send),
    webhooks: adminWebhooksResource(send),
    agencies: adminAgenciesResource(send),
    aspirationIntakes: adminAspirationIntakesResource(send),
    informationRequests: adminInformationRequestsResource(send),
  });
}
