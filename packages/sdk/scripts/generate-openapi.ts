// `pnpm openapi`: writes openapi.json from the zod schemas and the route table. test/openapi.test.ts fails when the
// committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../src/openapi/document.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

/** The document as it is written to disk. */
export const serializeOpenApi = () => `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_FILE, serializeOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}
