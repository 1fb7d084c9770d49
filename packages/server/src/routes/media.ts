// Generated images: /media/news/:slug.svg and /media/groups/:slug.svg.
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { etagOf, matchesEtag } from '../http/json-response.js';
import { HttpProblem } from '../http/problem.js';
import { groupLogoSvg, newsImageSvg } from '../media/art.js';
import type { RouteDeps } from './route-deps.js';

export const newsImagePath = (slug: string) => `/media/news/${slug}.svg`;
export const groupLogoPath = (slug: string) => `/media/groups/${slug}.svg`;

const SVG_NAME = /^([a-z0-9-]{1,120})\.svg$/;

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

  app.get('/media/groups/:file', async (c) => {
    const slug = SVG_NAME.exec(c.req.param('file'))?.[1];
    const group = slug && (await deps.storage.getGroup(slug));
    if (!group) throw notFound();
    return send(c.req.raw, groupLogoSvg(group.slug, group.name));
  });
}
