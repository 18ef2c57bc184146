import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The layers, enforced rather than agreed (docs/architecture.md): parsing knows only Markdown;
 * the core is pure (no editor, no file system); the CLI and its Node plumbing never load the
 * editor; the editor reads files only through VS Code; tests and the benchmark share corpora, not
 * each other's code.
 */

const repoRoot = path.resolve(__dirname, '../../../..');

/** Every relative or bare module a TypeScript file imports, exports from, or requires. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  const pattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(=])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(pattern)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(full));
    else if (e.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** Where an import lands: `vscode`, `node:fs`, a package, or a repository path (`src/core/…`). */
function target(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier === 'fs' ? 'node:fs' : specifier;
  return path.relative(repoRoot, path.resolve(path.dirname(from), specifier)).split(path.sep).join('/');
}

interface Layer {
  name: string;
  files: string[];
  /** A target (module name or repository path prefix) this layer must not import. */
  forbidden: string[];
}

const EDITOR = ['vscode', 'src/providers/', 'src/extension'];
const FILE_SYSTEM = ['node:fs', 'node:fs/promises', 'src/node/'];

const layers: Layer[] = [
  { name: 'src/parsing', files: tsFiles(path.join(repoRoot, 'src/parsing')), forbidden: ['src/core/', 'src/cli/', ...FILE_SYSTEM, ...EDITOR] },
  { name: 'src/core', files: tsFiles(path.join(repoRoot, 'src/core')), forbidden: ['src/cli/', ...FILE_SYSTEM, ...EDITOR] },
  { name: 'src/node', files: tsFiles(path.join(repoRoot, 'src/node')), forbidden: ['src/cli/', ...EDITOR] },
  { name: 'src/cli', files: tsFiles(path.join(repoRoot, 'src/cli')), forbidden: EDITOR },
  {
    name: 'the editor (src/providers, src/extension.ts)',
    files: [...tsFiles(path.join(repoRoot, 'src/providers')), path.join(repoRoot, 'src/extension.ts')],
    forbidden: [...FILE_SYSTEM, 'src/cli/'],
  },
  { name: 'bench', files: tsFiles(path.join(repoRoot, 'bench')), forbidden: ['test/'] },
  { name: 'test', files: tsFiles(path.join(repoRoot, 'test')), forbidden: ['bench/'] },
];

describe('layers', () => {
  for (const layer of layers) {
    it(`${layer.name} imports nothing it must not (${layer.forbidden.join(', ')})`, () => {
      assert.ok(layer.files.length > 0, `no files found for ${layer.name}`);
      const breaches: string[] = [];
      for (const file of layer.files)
        for (const specifier of importsOf(file)) {
          const lands = target(file, specifier);
          if (layer.forbidden.some((f) => lands === f || lands.startsWith(f))) breaches.push(`${path.relative(repoRoot, file)} imports ${specifier}`);
        }
      assert.deepEqual(breaches, []);
    });
  }

  it('the import reader sees every kind of import (so the rules above can fail)', () => {
    const probe = path.join(repoRoot, 'src/core/vault/vaultFile.ts');
    assert.ok(importsOf(probe).includes('../../parsing/parseNote'), 'a static import');
    const editorFile = path.join(repoRoot, 'src/extension.ts');
    assert.ok(importsOf(editorFile).includes('vscode'), 'a bare module');
    assert.equal(target(probe, '../../node/noteFile'), 'src/node/noteFile');
  });
});
