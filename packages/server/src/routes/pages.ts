// HTML at `/`: the demo site when there is one (plus article pages), else a page listing the endpoints.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { serveDirectory } from '../http/static-files.js';
import { presentNewsArticle } from '../present/news.js';
import { articlePage } from '../site/article-page.js';
import { homePage } from '../site/home-page.js';
import { consolePageRoutes } from './console-page.js';
import { publicArticle } from './public-article.js';
import type { RouteDeps } from './route-deps.js';

const isDirectory = (dir: string | undefined): dir is string => !!dir && existsSync(dir) && statSync(dir).isDirectory();

export function pageRoutes(app: Hono<AppEnv>, deps: RouteDeps): void {
  if (isDirectory(deps.cdnDir)) {
    app.get('/cdn/*', serveDirectory(deps.cdnDir, { prefix: '/cdn/', cacheControl: 'public, max-age=300' }));
    // The console needs cdn/kim-console.js from the same server (its CSP allows scripts from 'self' only).
    if (existsSync(join(deps.cdnDir, 'kim-console.js'))) consolePageRoutes(app, deps.cdnDir);
  }

  app.get('/berita/:slug', async (c) => {
    const article = await publicArticle(deps, c.req.param('slug'));
    const base = deps.publicUrl(c);
    return c.html(articlePage(presentNewsArticle(article, base), base), 200, { 'Cache-Control': 'no-cache' });
  });

  if (isDirectory(deps.siteDir)) {
    app.get('/*', serveDirectory(deps.siteDir, { prefix: '/', cacheControl: 'no-cache' }));
  } else {
    app.get('/', (c) => c.html(homePage(), 200, { 'Cache-Control': 'no-cache' }));
  }
}
