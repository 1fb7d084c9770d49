// The repository stands alone: a plain clone installs, starts and passes its tests with no sibling folders.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Paths into the maintainers' folder beside the checkout (not the widgets' own `src/shared/` modules). */
const OUTSIDE = /(?:\.\.\/)+shared\/(?:data|TOOLCHAIN|DOMAIN|STYLE|hooks)\b|\/work\/(?:shared|brief|main|wt)\//;

describe('the repository', () => {
  it('has no committed file that points to a folder outside it', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && !/\.(br|gz|png|jpe?g|webp|ico|woff2)$/.test(f) && f !== 'pnpm-lock.yaml');
    expect(files.length).to.be.greaterThan(100);
    const offenders: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        continue; // deleted in the work tree but not yet committed
      }
      text.split('\n').forEach((line, i) => {
        if (OUTSIDE.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders, offenders.join('\n')).to.deep.equal([]);
  });
});
