// Fails when the npm build declares instance class fields in an element class. With useDefineForClassFields a field
// like `limit = 10` would be defined on the instance and hide Lit's reactive accessor: the property stops updating.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../dist/', import.meta.url);
const problems = [];
for (const name of readdirSync(dir, { recursive: true })) {
  if (!String(name).endsWith('.js')) continue;
  const lines = readFileSync(new URL(String(name), dir), 'utf8').split('\n');
  let element = null;
  lines.forEach((line, i) => {
    const start = line.match(/^(?:export )?(?:var (\w+) = )?class (\w+ )?extends (\w+)/);
    if (start) element = /Element$/.test(start[3]) ? (start[1] ?? start[2]) : null;
    else if (/^}/.test(line)) element = null;
    else if (element && /^ {2}(?!static\b)[A-Za-z_$][\w$]*\s*[=;]/.test(line)) {
      problems.push(`${name}:${i + 1} ${element}: ${line.trim()}`);
    }
  });
}
if (problems.length) {
  console.error(`Instance class fields in element classes (they shadow reactive properties):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('dist: no class fields shadow reactive properties');
