import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, tsFiles } from '../helpers/sourceFiles';

/**
 * No module of src/ loads itself through its own imports. A cycle works only while every module
 * in it reads the others' exports after loading (a rule list read at load time comes out empty or
 * throws), so none is allowed: the rules declare their ids and default severities, the settings
 * check against them, and the rules may therefore import the settings' types only. Type-only
 * imports vanish from the compiled code and are not counted.
 */

/** The src/ files a module loads when it runs: relative imports and re-exports that are not `import type`/`export type` or all `type` names. */
function runtimeImportsOf(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)([^'"]*?)\s*from\s*['"](\.[^'"]+)['"]/gm)) {
    const names = /^\{([^}]*)\}$/.exec(m[1].trim());
    if (names && names[1].split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
    const base = path.resolve(path.dirname(file), m[2]);
    const target = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    if (target) found.push(target);
  }
  return found;
}

/** Each import cycle once, as the files around it. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, runtimeImportsOf(f, fs.readFileSync(f, 'utf8'))]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)).map((f) => path.relative(repoRoot, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('import cycles', () => {
  it('no module of src/ imports itself through others (type-only imports aside)', () => {
    assert.deepEqual(cycles(tsFiles(path.join(repoRoot, 'src'))), []);
  });

  it('the reader counts a value import and passes over a type-only one (so the test above can fail)', () => {
    const from = path.join(repoRoot, 'src/core/rules/index.ts');
    const settings = path.join(repoRoot, 'src/core/settings/settings.ts');
    assert.deepEqual(runtimeImportsOf(from, "import { severityOf, type Settings } from '../settings/settings';"), [settings]);
    assert.deepEqual(runtimeImportsOf(from, "import type { Settings } from '../settings/settings';"), []);
    assert.deepEqual(runtimeImportsOf(from, "import { type Settings } from '../settings/settings';"), []);
    assert.deepEqual(runtimeImportsOf(from, "export { plural } from '../text/wording';"), [path.join(repoRoot, 'src/core/text/wording.ts')]);
  });
});
