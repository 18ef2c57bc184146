import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, tsFiles } from '../helpers/sourceFiles';

/**
 * The layers, enforced rather than agreed (docs/architecture.md): parsing knows only Markdown;
 * the core is pure (no editor, no file system); the CLI and its Node plumbing never load the
 * editor; the editor reads files only through VS Code; tests and the benchmark share corpora, not
 * each other's code.
 */

/** Every relative or bare module a TypeScript file imports, exports from, or requires. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  const pattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(=])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(pattern)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
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

const EDITOR = ['vscode', 'src/vscode/', 'src/providers/', 'src/extension'];
const FILE_SYSTEM = ['node:fs', 'node:fs/promises', 'src/node/'];
const LOCAL_FILES = path.join(repoRoot, 'src/vscode/vault/localFiles.ts');

const layers: Layer[] = [
  { name: 'src/parsing', files: tsFiles(path.join(repoRoot, 'src/parsing')), forbidden: ['src/core/', 'src/cli/', ...FILE_SYSTEM, ...EDITOR] },
  { name: 'src/core', files: tsFiles(path.join(repoRoot, 'src/core')), forbidden: ['src/cli/', ...FILE_SYSTEM, ...EDITOR] },
  { name: 'src/node', files: tsFiles(path.join(repoRoot, 'src/node')), forbidden: ['src/cli/', ...EDITOR] },
  { name: 'src/cli', files: tsFiles(path.join(repoRoot, 'src/cli')), forbidden: EDITOR },
  {
    name: 'the editor (src/vscode, src/providers, src/extension.ts)',
    files: [...tsFiles(path.join(repoRoot, 'src/vscode')), ...tsFiles(path.join(repoRoot, 'src/providers')), path.join(repoRoot, 'src/extension.ts')].filter((f) => f !== LOCAL_FILES),
    forbidden: [...FILE_SYSTEM, 'src/cli/'],
  },
  // The one exception, measured (issue 16): reading `file:` URIs through Node is 5× faster than
  // through `vscode.workspace.fs` in a Node extension host. It reads only; it uses no CLI code.
  { name: 'src/vscode/vault/localFiles.ts (reads file: URIs through Node)', files: [LOCAL_FILES], forbidden: ['src/node/', 'src/cli/'] },
  { name: 'src/vscode (the plumbing below the surfaces)', files: tsFiles(path.join(repoRoot, 'src/vscode')), forbidden: ['src/providers/', 'src/extension'] },
  { name: 'src/providers (the surfaces)', files: tsFiles(path.join(repoRoot, 'src/providers')), forbidden: ['src/extension'] },
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

  it('every surface of src/providers/ is listed in providers/index.ts, and registers only from there', () => {
    const providers = path.join(repoRoot, 'src/providers');
    // One file or folder per surface, named as its feature; index.ts and feature.ts are the list and its type.
    const surfaces = fs
      .readdirSync(providers, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? e.name : e.name.replace(/\.ts$/, '')))
      .filter((name) => name !== 'index' && name !== 'feature')
      .sort();
    const unexported = surfaces.filter((name) => {
      const file = fs.existsSync(path.join(providers, name + '.ts')) ? path.join(providers, name + '.ts') : path.join(providers, name, 'index.ts');
      return !new RegExp(`^export const ${name}: Feature = `, 'm').test(fs.readFileSync(file, 'utf8'));
    });
    assert.deepEqual(unexported, [], 'each surface exports one Feature named as its file');
    const index = fs.readFileSync(path.join(providers, 'index.ts'), 'utf8');
    const list = /export const features: readonly Feature\[\] = \[([^\]]*)\]/.exec(index);
    assert.ok(list, 'providers/index.ts exports the list `features`');
    const listed = list[1].split(',').map((s) => s.trim()).filter(Boolean).sort();
    assert.deepEqual(listed, surfaces);
    // extension.ts runs the list: it takes nothing else from the surfaces and registers nothing itself.
    const extension = path.join(repoRoot, 'src/extension.ts');
    const fromProviders = importsOf(extension).filter((specifier) => target(extension, specifier).startsWith('src/providers'));
    assert.deepEqual(fromProviders, ['./providers']);
    assert.doesNotMatch(fs.readFileSync(extension, 'utf8'), /\.(registerCommand|register\w+Provider|create\w+)\(/);
  });

  it('a surface stands on the plumbing, never on another surface', () => {
    // What two surfaces share (a command id, the finding ↔ diagnostic adapter) belongs in src/vscode/.
    const providers = path.join(repoRoot, 'src/providers');
    const breaches: string[] = [];
    for (const file of tsFiles(providers)) {
      const own = path.relative(providers, file).split(path.sep)[0].replace(/\.ts$/, '');
      if (own === 'index.ts' || own === 'index' || own === 'feature') continue;
      for (const specifier of importsOf(file)) {
        const lands = target(file, specifier);
        if (!lands.startsWith('src/providers/')) continue;
        const other = lands.slice('src/providers/'.length).split('/')[0];
        if (other !== own && other !== 'feature') breaches.push(`${path.relative(repoRoot, file)} imports ${specifier}`);
      }
    }
    assert.deepEqual(breaches, []);
  });

  it('the import reader sees every kind of import (so the rules above can fail)', () => {
    const probe = path.join(repoRoot, 'src/core/vault/vaultFile.ts');
    assert.ok(importsOf(probe).includes('../../parsing/parseNote'), 'a static import');
    const editorFile = path.join(repoRoot, 'src/extension.ts');
    assert.ok(importsOf(editorFile).includes('vscode'), 'a bare module');
    assert.equal(target(probe, '../../node/noteFile'), 'src/node/noteFile');
  });
});
