// Reading `Authorization: Bearer <token>`.

/** RFC 6750's token68 characters; anything else cannot be a token of ours. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** The bearer token of an Authorization header, or `undefined` when there is none or it is malformed. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header || header.length > 1024) return undefined;
  return BEARER.exec(header)?.[1];
}
