// The bootstrap admin token (KIM_ADMIN_TOKEN): only for setting up an instance, so it must at least be long.
import { readFile, stat } from 'node:fs/promises';

/** 32 characters of base64url carry 192 bits; a shorter token is more likely typed by hand than generated. */
export const ADMIN_TOKEN_MIN_LENGTH = 32;

const TOKEN_CHARACTERS = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Why a token cannot be the admin token, or `null` when it can. */
export function adminTokenProblem(token: string): string | null {
  if (token.length < ADMIN_TOKEN_MIN_LENGTH) {
    return (
      `the admin token must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters (it has ${token.length}); ` +
      'generate one with: openssl rand -base64 32'
    );
  }
  if (!TOKEN_CHARACTERS.test(token)) {
    return 'the admin token may only contain letters, digits and - . _ ~ + / (and = at the end)';
  }
  return null;
}

/**
 * Reads the token from a file (`--admin-token-file`, e.g. a Docker or systemd secret): the first line, trimmed.
 * Returns a warning when other users may read the file.
 */
export async function readAdminTokenFile(file: string): Promise<{ token: string; warning?: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the admin token file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const token = (text.split(/\r?\n/)[0] ?? '').trim();
  if (!token) throw new Error(`the admin token file ${file} is empty`);
  const { mode } = await stat(file);
  const warning =
    process.platform !== 'win32' && (mode & 0o077) !== 0
      ? `the admin token file ${file} can be read by other users (mode ${(mode & 0o777).toString(8)}); ` +
        `run: chmod 600 ${file}`
      : undefined;
  return { token, warning };
}
