#!/usr/bin/env node
// `pnpm size`: what the SDK costs a browser, minified and gzipped with its dependencies (ky, zod/mini), in three
// figures, each with what its bytes are:
//   1. the public client a page embeds (composeKimClient with the five public resources): issue 10's 26 KB budget;
//   2. a news-only client, which must not carry a byte of the write side;
//   3. everything the package exports, the admin side included: a gate against growth.
// A part's share of the gzipped total is estimated in proportion to its minified bytes (marked ≈); totals are
// measured. Fails when a gate is passed or when a public bundle contains a module of the write side.
//
// Figures (min+gzip): issue 10 put the SDK on ky (everything 26.5 KB then). Issue 12 part A's write-side contract
// took everything to 30.59 KB; the public client is 23.72 KB and a news-only client 21.91 KB.
import { BUNDLES, bundle, partOf, WRITE_SIDE_MODULE } from './bundles.mjs';

/** Gates in KB of min+gzip; `target` is printed beside the gate. */
const GATES = {
  public: {
    gate: 26,
    target: 26,
    // 27.65 KB after issue 15's information requests, follow-up secret and intake; 25.45 KB once the submission's
    // rules (aspiration-input.ts, information-request-input.ts), the objection and the officials' inputs moved to
    // modules of their own, which a page that does not import them does not carry.
    why: "issue 10's budget for the SDK in a page; 25.45 KB measured",
  },
  newsOnly: { gate: 22.5, why: 'guards against growth (22.11 KB measured)' },
  // 33.36 KB after issue 12; 35.05 KB with issue 15's statistics, attachments and location schemas and resources;
  // 36.34 KB with its agencies, due dates, notification opt-in and the share answered on time.
  // 37.05 KB with admin.webhooks and the webhook contract (issue 15 item 7).
  // 36.93 KB with the KIM intake alone (its schemas and client.admin.aspirationIntakes).
  // 40.96 KB with all of issue 15 (information requests, follow-ups, webhooks, intake); 41.00 KB after the split.
  everything: { gate: 41.5, why: 'guards against growth (41.00 KB measured, auth and admin included)' },
};

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let failed = false;

for (const [name, { label, contents }] of Object.entries(BUNDLES)) {
  const { minified, gzipped, inputs } = await bundle(contents);
  const { gate, target, why } = GATES[name];
  const over = gzipped > gate * 1024;
  const leaked = name === 'everything' ? [] : [...inputs.keys()].filter((file) => WRITE_SIDE_MODULE.test(file));
  failed ||= over || leaked.length > 0;
  const targetNote =
    target === undefined ? '' : `; target ${target} KB: ${gzipped <= target * 1024 ? 'met' : 'NOT MET'}`;
  console.log(`${over || leaked.length > 0 ? 'FAIL' : 'ok  '} ${label}`);
  console.log(`     min ${kb(minified)}, min+gzip ${kb(gzipped)} (gate ${gate} KB, ${why}${targetNote})`);
  for (const file of leaked) console.log(`     write-side module in a public bundle: ${file}`);

  const parts = new Map();
  for (const [file, bytes] of inputs) parts.set(partOf(file), (parts.get(partOf(file)) ?? 0) + bytes);
  const counted = [...parts.values()].reduce((sum, bytes) => sum + bytes, 0);
  for (const [part, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
    if (part === 'other') continue;
    const share = (bytes / counted) * gzipped;
    console.log(`       ${part.padEnd(34)} min ${kb(bytes).padStart(9)}   ≈ min+gzip ${kb(share).padStart(8)}`);
  }
}
process.exit(failed ? 1 : 0);
