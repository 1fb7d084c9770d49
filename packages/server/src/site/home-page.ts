// The page at `/` when no site directory is served: what this server offers.
import { escapeHtml, htmlPage } from './html.js';

const ENDPOINTS: [method: string, path: string, what: string][] = [
  ['GET', '/v1/regions?parent=19.71', 'Wilayah (Kemendagri) / regions'],
  ['GET', '/v1/regions/19.71.01.1004', 'Satu wilayah / one region'],
  ['GET', '/v1/groups?region=19.71', 'Direktori KIM / KIM groups (region, q, focus, limit, cursor)'],
  ['GET', '/v1/news?region=19.71&limit=5', 'Berita KIM / news (region, group, category, q, limit, cursor)'],
  ['GET', '/v1/categories', 'Kategori / categories'],
  ['POST', '/v1/aspirations', 'Sampaikan laporan / submit a report (Idempotency-Key)'],
  ['GET', '/v1/aspirations/{trackingCode}', 'Lacak laporan / track a report'],
  ['GET', '/v1/admin/aspirations', 'Admin: daftar aspirasi (Authorization: Bearer)'],
  ['POST', '/v1/admin/aspirations/{id}/status', 'Admin: ubah status / change status'],
  ['GET', '/openapi.json', 'OpenAPI'],
  ['GET', '/healthz', 'Health check'],
];

export function homePage(): string {
  const rows = ENDPOINTS.map(([method, path, what]) => {
    const link =
      method === 'GET' && !path.includes('{')
        ? `<a href="${escapeHtml(path)}">${escapeHtml(path)}</a>`
        : escapeHtml(path);
    return `<tr><td><code>${method}</code></td><td><code>${link}</code></td><td>${escapeHtml(what)}</td></tr>`;
  }).join('\n');
  return htmlPage(
    'KIM data API',
    `<h1>KIM data API</h1>
<p>Server referensi data Kelompok Informasi Masyarakat (KIM) dengan data demo Kota Pangkal Pinang.
<span lang="en">Reference server for Kelompok Informasi Masyarakat data, with Kota Pangkal Pinang demo data.</span></p>
<table>
<thead><tr><th>Method</th><th>Path</th><th>Isi / what</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}
