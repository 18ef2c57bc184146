import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const repoRoot = path.resolve(__dirname, '../../../..');
const grammarFile = path.join(repoRoot, 'syntaxes/one-on-one.injection.tmLanguage.json');

/**
 * The injection grammar, tokenized by the same engines VS Code uses (vscode-textmate with the
 * Oniguruma regular expressions), so a pattern Oniguruma rejects or a wrong capture fails here.
 */
async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => (scopeName === 'one-on-one.injection' ? parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile) : null),
  });
  const grammar = await registry.loadGrammar('one-on-one.injection');
  assert.ok(grammar, 'the grammar loads');
  return grammar;
}

/** `text` → the substrings that received a scope containing `fragment`. */
function scoped(grammar: IGrammar, text: string, fragment: string): string[] {
  const { tokens } = grammar.tokenizeLine(text, INITIAL);
  return tokens.filter((t) => t.scopes.some((s) => s.includes(fragment))).map((t) => text.slice(t.startIndex, t.endIndex));
}

describe('TextMate injection grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('declares an injection into Markdown', () => {
    const raw = JSON.parse(fs.readFileSync(grammarFile, 'utf8'));
    assert.equal(raw.scopeName, 'one-on-one.injection');
    assert.match(raw.injectionSelector, /text\.html\.markdown/);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === 'one-on-one.injection');
    assert.deepEqual(contributed.injectTo, ['text.html.markdown']);
    assert.ok(fs.existsSync(path.join(repoRoot, contributed.path)));
  });

  it('colours due and done dates in both styles', () => {
    const line = '- [ ] Ship it 📅 2026-11-28 ✅ 2026-11-27 [due:: 2026-12-01] [completion:: 2026-11-30]';
    assert.deepEqual(scoped(grammar, line, 'date.due'), ['2026-11-28', '2026-12-01']);
    assert.deepEqual(scoped(grammar, line, 'date.done'), ['2026-11-27', '2026-11-30']);
  });

  it('colours owners and block ids, not e-mail addresses', () => {
    const line = '- [ ] Ask ana@example.com, then (@zoë) and @dana.w ^k3f9x2';
    assert.deepEqual(scoped(grammar, line, 'entity.name.tag.owner'), ['zoë', 'dana.w']);
    assert.deepEqual(scoped(grammar, line, 'constant.other.block-id'), ['k3f9x2']);
  });

  it('colours the carried and canceled markers only as checkboxes', () => {
    assert.deepEqual(scoped(grammar, '- [>] Carried', 'carried'), ['[>]']);
    assert.deepEqual(scoped(grammar, '1. [-] Dropped on purpose', 'canceled'), ['[-]']);
    assert.deepEqual(scoped(grammar, 'Not a list [>] here', 'carried'), []);
  });
});
