import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository this compiled test runs from (`out/test/unit/helpers/` is four levels down). */
export const repoRoot = path.resolve(__dirname, '../../../..');

/** Every TypeScript file under `dir`, for tests that read the source (the layers, import cycles). */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(full));
    else if (e.name.endsWith('.ts')) out.push(full);
  }
  return out;
}
