// The OpenAPI document of the contract, as committed in the SDK package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** Reads `@kim-kit/sdk/openapi.json`, or `null` while the SDK has not generated it. */
export async function readSdkOpenapi(): Promise<string | null> {
  try {
    const path = createRequire(import.meta.url).resolve('@kim-kit/sdk/openapi.json');
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
