// The console's hash routes (`#/masuk`, `#/undangan/<secret>`, ...), parsed in one place.

export type ConsoleRoute =
  | { name: 'home' }
  | { name: 'sign-in' }
  | { name: 'invitation'; secret: string }
  | { name: 'inbox'; id?: string }
  | { name: 'unknown'; path: string };

/** The route of a location hash; an empty hash is the home page. */
export function routeOf(hash: string): ConsoleRoute {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/masuk') return { name: 'sign-in' };
  const inbox = path.match(/^\/laporan(?:\/([^/?]+))?\/?(?:\?.*)?$/);
  if (inbox) return inbox[1] ? { name: 'inbox', id: decodeURIComponent(inbox[1]) } : { name: 'inbox' };
  const invitation = path.match(/^\/undangan\/([^/]+)$/);
  if (invitation) return { name: 'invitation', secret: decodeURIComponent(invitation[1]!) };
  return { name: 'unknown', path };
}
