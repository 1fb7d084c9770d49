// Where the built pieces the end-to-end tests and the site audit need live in the repository.
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const serverCli = `${repoRoot}packages/server/dist/cli.js`;
export const sdkEntry = `${repoRoot}packages/sdk/dist/index.js`;
export const cdnDir = `${repoRoot}packages/widgets/cdn`;
export const siteDir = `${repoRoot}examples/municipal-site`;
export const artifactsDir = `${repoRoot}artifacts`;
