// Where the installed @kim-kit/widgets keeps its CDN files, so an installed kim-server serves /cdn/ and the console
// at /console/ without a --cdn option (which still wins).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The `cdn/` folder of the installed widgets package, or `undefined` when it is not installed or not built. */
export function installedWidgetsCdn(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@kim-kit/widgets/package.json');
    const dir = join(dirname(manifest), 'cdn');
    return existsSync(join(dir, 'kim-console.js')) ? dir : undefined;
  } catch {
    return undefined;
  }
}
