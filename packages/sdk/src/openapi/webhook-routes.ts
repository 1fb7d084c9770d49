// /v1/admin/webhooks as the OpenAPI document describes it. Internal: not exported by the package.
import { WebhookDeliveryAttempt, WebhookListQuery, WebhookSubscription } from '../schemas/webhook.js';
import type { PathParam, Route } from './routes.js';

const BASE = '/v1/admin/webhooks';
const TAG = 'admin-webhooks';
const VIEW = 'WebhookSubscription';
const AUTH = [401, 429];
const BODY = [400, 413, 415, 422];
const id: PathParam = {
  name: 'id',
  description: 'Id of the subscription.',
  schema: { type: 'string', minLength: 1, maxLength: 64 },
  example: 'whk_7k3m9qx2pd4hn8rt',
};
const deliveryId: PathParam = {
  name: 'deliveryId',
  description: 'Id of the delivery (its `Kim-Delivery`).',
  schema: { type: 'string', minLength: 1, maxLength: 64 },
  example: 'out_7k3m9qx2pd4hn8rt',
};

export const WEBHOOK_ROUTES: Route[] = [
  {
    method: 'get',
    path: BASE,
    operationId: 'adminListWebhooks',
    tag: TAG,
    summary: 'List webhook subscriptions',
    description: 'The subscriptions of the regions the person manages (admins: all), oldest first, never secrets.',
    query: WebhookListQuery,
    success: { status: 200, page: WebhookSubscription, description: 'A page of subscriptions.' },
    errors: [...AUTH, 400, 403],
    auth: true,
  },
  {
    method: 'post',
    path: BASE,
    operationId: 'adminCreateWebhook',
    tag: TAG,
    summary: 'Subscribe a URL to events',
    description:
      'Events of aspirations inside `regionCode` are POSTed to `url`, signed with `Kim-Signature` (HMAC-SHA256 of ' +
      '`<t>.<body>`). The URL is `https://`, or `http://` to localhost only. The answer carries the signing ' +
      '`secret`, shown this once. Admins subscribe to any region, Dinas officials inside theirs.',
    body: 'WebhookSubscriptionInput',
    success: {
      status: 201,
      schema: 'WebhookSubscriptionWithSecret',
      description: 'Subscribed; store the secret now.',
      version: true,
    },
    errors: [...AUTH, ...BODY, 403],
    auth: true,
  },
  {
    method: 'get',
    path: `${BASE}/{id}`,
    operationId: 'adminGetWebhook',
    tag: TAG,
    summary: 'Get a webhook subscription',
    description: 'One subscription with its `version` (also the `ETag`), without its secret.',
    pathParams: [id],
    success: { status: 200, schema: VIEW, description: 'The subscription.', version: true },
    errors: [...AUTH, 404],
    auth: true,
  },
  {
    method: 'patch',
    path: `${BASE}/{id}`,
    operationId: 'adminUpdateWebhook',
    tag: TAG,
    summary: 'Change a webhook subscription',
    description:
      'Changes the URL, the events, the description, or pauses it (`active: false`: no new deliveries are made ' +
      'for it, and pending ones fail). Needs `If-Match`.',
    pathParams: [id],
    body: 'WebhookSubscriptionUpdate',
    success: { status: 200, schema: VIEW, description: 'The subscription after the change.', version: true },
    errors: [...AUTH, ...BODY, 404],
    auth: true,
    ifMatch: { header: 'required', current: VIEW },
  },
  {
    method: 'delete',
    path: `${BASE}/{id}`,
    operationId: 'adminDeleteWebhook',
    tag: TAG,
    summary: 'Delete a webhook subscription',
    description: 'Deletes it with its delivery log; deliveries not yet made are dropped.',
    pathParams: [id],
    success: { status: 204, description: 'Deleted.' },
    errors: [...AUTH, 404],
    auth: true,
  },
  {
    method: 'post',
    path: `${BASE}/{id}/rotate-secret`,
    operationId: 'adminRotateWebhookSecret',
    tag: TAG,
    summary: 'Rotate the signing secret',
    description:
      'Replaces the secret at once: every delivery from now on, retries and replays included, is signed with the ' +
      'new one, shown this once. Needs `If-Match`.',
    pathParams: [id],
    success: {
      status: 200,
      schema: 'WebhookSubscriptionWithSecret',
      description: 'The subscription with its new secret.',
      version: true,
    },
    errors: [...AUTH, 400, 404],
    auth: true,
    ifMatch: { header: 'required', current: VIEW },
  },
  {
    method: 'get',
    path: `${BASE}/{id}/deliveries`,
    operationId: 'adminListWebhookDeliveries',
    tag: TAG,
    summary: 'The delivery log of a subscription',
    description: 'Every attempt, newest first: when, the HTTP status, how long, which attempt, and the outcome.',
    pathParams: [id],
    query: WebhookListQuery,
    success: { status: 200, page: WebhookDeliveryAttempt, description: 'A page of attempts.' },
    errors: [...AUTH, 400, 404],
    auth: true,
  },
  {
    method: 'post',
    path: `${BASE}/{id}/deliveries/{deliveryId}/replay`,
    operationId: 'adminReplayWebhookDelivery',
    tag: TAG,
    summary: 'Send a delivery again',
    description:
      'Queues the delivery to be sent again now, with the same `id`, and a fresh count of attempts. 409 while the ' +
      'subscription is paused.',
    pathParams: [id, deliveryId],
    success: { status: 204, description: 'Queued.' },
    errors: [...AUTH, 404, 409],
    auth: true,
  },
];
