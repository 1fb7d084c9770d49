// Images: uploads' variants at /media/<hash>.<ext> (from the media store, so every process serves them), and the
// generated /media/news/:slug.svg and /media/groups/:slug.svg.
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { etagOf, matchesEtag } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { groupLogoSvg, newsImageSvg } from '../media/art.js';
import type { RouteDeps } from './route-deps.js';

export const newsImagePath = (slug: string) => `/media/news/${slug}.svg`;
export const groupLogoPath = (slug: string) => `/media/groups/${slug}.svg`;

const SVG_NAME = /^([a-z0-9-]{1,120})\.svg$/;
/** A variant's content-addressed name (process-image.ts): 128 bits of its SHA-256 in hex, and its extension. */
const VARIANT_NAME = /^[0-9a-f]{32}\.(?:webp|jpg)$/;
/** Names are hashes of the bytes: a file never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function mediaRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  const send = (request: Request, svg: string) => {
    const etag = etagOf(svg);
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=86400' };
    if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    return new Response(svg, { headers: { ...headers, 'Content-Type': 'image/svg+xml' } });
  };
  const notFound = () => new HttpProblem(404, 'not_found', { detail: 'No such image' });

  app.get('/media/news/:file', async (c) => {
    const slug = SVG_NAME.exec(c.req.param('file'))?.[1];
    const found = slug ? await deps.storage.findPublicNews(slug) : undefined;
    if (found?.state !== 'public') throw notFound();
    const article = found.article;
    return send(c.req.raw, newsImageSvg(article.slug, article.title, article.category.name));
  });

  app.get('/media/:name', async (c) => {
    const name = c.req.param('name');
    const file = VARIANT_NAME.test(name) ? await deps.mediaStore.get(name) : undefined;
    if (!file) throw notFound();
    // The name is the hash of the bytes: it is the ETag too.
    const etag = `"${name.slice(0, 32)}"`;
    const headers = { ETag: etag, 'Cache-Control': IMMUTABLE, 'X-Content-Type-Options': 'nosniff' };
    if (matchesEtag(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(file.bytes), {
      headers: { ...headers, 'Content-Type': file.contentType, 'Content-Length': String(file.bytes.byteLength) },
    });
  });

  app.get('/media/groups/:file', async (c) => {
    const slug = SVG_NAME.exec(c.req.param('file'))?.[1];
    const group = slug && (await deps.storage.getGroup(slug));
    if (!group) throw notFound();
    return send(c.req.raw, groupLogoSvg(group.slug, group.name));
  });
}
