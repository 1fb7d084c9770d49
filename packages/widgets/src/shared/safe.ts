// Only http(s) URLs become links or images; everything else from the API stays text.

/** `url` if it is an absolute http(s) URL, else `undefined` (so `javascript:`, `data:` never become links). */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
