// Tiny helpers for the few HTML pages the server renders itself.

export const escapeHtml = (text: string) =>
  text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The stylesheet of the server's own pages, served at `/kim-server.css` (the CSP forbids inline styles). */
export const SERVER_CSS = `:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{max-width:46rem;margin:2rem auto;padding:0 1rem}
code{font-size:.95em}a{color:#0b5cad}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #8884}
img{max-width:100%;height:auto;border-radius:8px}.meta{color:#666}
`;

/** A whole page with the given title and body markup (already escaped where needed). */
export function htmlPage(title: string, body: string, lang = 'id'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/kim-server.css">
</head>
<body>
${body}
</body>
</html>
`;
}
