// The console's hash routes (`#/masuk`, `#/undangan/<secret>`, ...), parsed in one place.

export type ConsoleRoute =
  | { name: 'home' }
  | { name: 'sign-in' }
  | { name: 'invitation'; secret: string }
  | { name: 'accounts' }
  | { name: 'audit' }
  | { name: 'webhooks' }
  | { name: 'review' }
  | { name: 'groups' }
  | { name: 'group'; id: string }
  | { name: 'news' }
  | { name: 'news-editor'; id?: string }
  | { name: 'inbox'; id?: string }
  | { name: 'intake' }
  | { name: 'agencies' }
  | { name: 'unknown'; path: string };

/** The route of a location hash; an empty hash is the home page. */
export function routeOf(hash: string): ConsoleRoute {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/masuk') return { name: 'sign-in' };
  if (path === '/akun') return { name: 'accounts' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/catat') return { name: 'intake' };
  if (path === '/integrasi') return { name: 'webhooks' };
  if (path === '/perangkat-daerah') return { name: 'agencies' };
  const inbox = path.match(/^\/laporan(?:\/([^/?]+))?\/?(?:\?.*)?$/);
  if (inbox) return inbox[1] ? { name: 'inbox', id: decodeURIComponent(inbox[1]) } : { name: 'inbox' };
  const invitation = path.match(/^\/undangan\/([^/]+)$/);
  if (invitation) return { name: 'invitation', secret: decodeURIComponent(invitation[1]!) };
  if (path === '/tinjauan') return { name: 'review' };
  if (path === '/kim') return { name: 'groups' };
  const group = path.match(/^\/kim\/([^/]+)$/);
  if (group) return { name: 'group', id: decodeURIComponent(group[1]!) };
  if (path === '/berita') return { name: 'news' };
  if (path === '/berita/baru') return { name: 'news-editor' };
  const article = path.match(/^\/berita\/([^/]+)$/);
  if (article) return { name: 'news-editor', id: decodeURIComponent(article[1]!) };
  return { name: 'unknown', path };
}

/** Whether the location `hash` is the section linked as `sectionHash` or under it (`#/laporan/123` in `#/laporan`). */
export function inSection(hash: string, sectionHash: string): boolean {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  const section = sectionHash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  return section === '/' ? path === '/' : path === section || path.startsWith(`${section}/`);
}
