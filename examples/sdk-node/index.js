// Lists the latest news of Kota Pangkal Pinang (region 19.71) and submits an aspiration, with @kim-kit/sdk.
// Run: KIM_API_URL=http://localhost:8787 node index.js
import { createKimClient, isKimApiError, isKimNetworkError, isKimTimeoutError } from '@kim-kit/sdk';

const baseUrl = process.env.KIM_API_URL || 'http://localhost:8787';
const kim = createKimClient({ baseUrl, timeoutMs: 15_000 });

const CITY = '19.71'; // Kota Pangkal Pinang
const VILLAGE = '19.71.01.1004'; // Kelurahan Semabung Lama, Kecamatan Bukit Intan

const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });

async function main() {
  const city = await kim.regions.get(CITY);
  console.log(`Berita terbaru dari ${city.name} (${city.code})`);

  const { data: latest } = await kim.news.list({ region: CITY, limit: 5 });
  if (latest.length === 0) console.log('  (belum ada berita)');
  for (const article of latest) {
    console.log(`  ${date.format(new Date(article.publishedAt))}  ${article.title}  [${article.group.name}]`);
  }

  // Aspirations are filed under a category that allows them.
  const categories = await kim.categories.list().toArray({ limit: 100 });
  const category = categories.find((c) => c.scopes.includes('aspiration'));
  if (!category) throw new Error('The server has no category for aspirations');

  const receipt = await kim.aspirations.submit({
    kind: 'aspiration',
    title: 'Usul pelatihan pemasaran daring untuk UMKM',
    body: 'Kami mengusulkan pelatihan pemasaran daring bagi pelaku UMKM di Kelurahan Semabung Lama, misalnya sebulan sekali di kantor lurah.',
    categoryId: category.id,
    regionCode: VILLAGE,
    anonymous: true,
    consent: true,
  });
  console.log(`\nAspirasi terkirim (${category.name}). Kode pelacakan: ${receipt.trackingCode}`);

  const tracking = await kim.aspirations.track(receipt.trackingCode);
  console.log(`Status: ${tracking.status}, diterima ${date.format(new Date(tracking.submittedAt))}`);
}

try {
  await main();
} catch (error) {
  if (isKimNetworkError(error) || isKimTimeoutError(error)) {
    console.error(`Cannot reach the KIM API at ${baseUrl} (${error.message}).`);
    console.error('Start the server with `pnpm start`, or set KIM_API_URL to where it runs.');
  } else if (isKimApiError(error)) {
    console.error(`The KIM API refused the request: ${error.message}`);
    for (const field of error.fieldErrors) console.error(`  ${field.path}: ${field.message}`);
    if (error.requestId) console.error(`  request id: ${error.requestId}`);
  } else {
    console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
