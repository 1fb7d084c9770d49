// Types of bundles.mjs, for the tests that import it.
export declare const WRITE_SIDE_MODULE: RegExp;
export declare const BUNDLES: Record<'public' | 'newsOnly' | 'everything', { label: string; contents: string }>;
export declare function partOf(file: string): string;
export declare function bundle(
  contents: string,
): Promise<{ code: Uint8Array; minified: number; gzipped: number; inputs: Map<string, number> }>;
