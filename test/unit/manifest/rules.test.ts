import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, DEFAULT_SEVERITIES, RULE_IDS } from '../../../src/core/rules';
import { DEFAULT_SECTIONS } from '../../../src/core/settings/settings';

/**
 * A rule is declared once, in its module (id, default severity, check and fixes); the id list and
 * the default severities are read off the rules. What a user reads about the rules elsewhere —
 * the `oneOnOne.rules` setting in package.json, a page per rule in docs/rules/ — must say the
 * same: a rule added, renamed or given another default without them fails here.
 */

const repoRoot = path.join(__dirname, '../../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const settings: Record<string, { markdownDescription?: string; description?: string; properties?: Record<string, RuleSetting> }> =
  manifest.contributes.configuration.properties;
interface RuleSetting {
  type: string;
  enum: string[];
  default: string;
  markdownDescription: string;
}
const docs = path.join(repoRoot, 'docs/rules');

describe('the rules, declared once', () => {
  it("are SPEC §8's, §11's, §12's and §13's ids and default severities, in the spec's order", () => {
    assert.deepStrictEqual(DEFAULT_SEVERITIES, {
      'invalid-front-matter': 'error',
      'invalid-date': 'error',
      'missing-section': 'warning',
      'empty-section': 'info',
      'too-many-priorities': 'warning',
      'unranked-priorities': 'info',
      'missing-due-date': 'info',
      'overdue-commitment': 'warning',
      'stale-commitment': 'warning',
      'dropped-commitment': 'warning',
      'agenda-not-shared': 'warning',
      'status-not-updated': 'info',
      'duplicate-meeting': 'warning',
      'duplicate-id': 'warning',
      'future-held': 'warning',
      // SPEC §11: the ground rules across a series.
      'agenda-not-written': 'warning',
      'meeting-gap': 'warning',
      'rotation-gap': 'info',
      // SPEC §12: the calendar.
      'calendar-mismatch': 'warning',
      // SPEC §13: threads across months.
      'recurring-topic': 'info',
    });
    assert.deepStrictEqual(RULE_IDS, Object.keys(DEFAULT_SEVERITIES));
    assert.equal(new Set(ALL_RULES.map((r) => r.id)).size, ALL_RULES.length, 'two rules share an id');
  });

  it('each have an entry under oneOnOne.rules in package.json, with their default severity', () => {
    const entries = settings['oneOnOne.rules'].properties ?? {};
    assert.deepStrictEqual(Object.keys(entries), RULE_IDS, 'the rule ids of oneOnOne.rules (in the spec order)');
    for (const rule of ALL_RULES) {
      const entry = entries[rule.id];
      assert.equal(entry.default, rule.defaultSeverity, `oneOnOne.rules.${rule.id}: default`);
      assert.deepStrictEqual(entry.enum, ['off', 'hint', 'info', 'warning', 'error'], `oneOnOne.rules.${rule.id}: severities`);
      assert.ok(entry.markdownDescription.includes(`Default: \`${rule.defaultSeverity}\`.`), `oneOnOne.rules.${rule.id}: its description names another default`);
      // A user has no docs/ folder: the rule's page opens from its id in the Problems panel.
      assert.ok(!entry.markdownDescription.includes('docs/'), `oneOnOne.rules.${rule.id}: its description points into the repository`);
    }
  });

  it('are the only rule ids package.json names (a hyphenated name in a description is a rule or a section key)', () => {
    const sectionKeys = new Set(DEFAULT_SECTIONS.map((s) => s.key));
    const unknown: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (typeof value === 'string') {
        for (const m of value.matchAll(/[`"]([a-z]+(?:-[a-z]+)+)[`"]/g))
          if (!(RULE_IDS as readonly string[]).includes(m[1]) && !sectionKeys.has(m[1])) unknown.push(`${where}: ${m[1]}`);
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
    };
    for (const [key, setting] of Object.entries(settings)) visit({ description: setting.description, markdownDescription: setting.markdownDescription }, key);
    assert.deepStrictEqual(unknown, []);
  });

  it('each have a page in docs/rules/ stating their default severity, and no page is left without its rule', () => {
    const pages = fs.readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'README.md');
    assert.deepStrictEqual(pages.sort(), RULE_IDS.map((id) => `${id}.md`).sort());
    for (const rule of ALL_RULES) {
      const text = fs.readFileSync(path.join(docs, `${rule.id}.md`), 'utf8');
      assert.equal(text.split('\n')[0], `# \`${rule.id}\``, `docs/rules/${rule.id}.md: title`);
      assert.equal(/^\| Default severity \| \*\*(\w+)\*\*/m.exec(text)?.[1], rule.defaultSeverity, `docs/rules/${rule.id}.md: default severity`);
    }
  });

  it('each have a row in the table of docs/rules/README.md, with their default severity', () => {
    const text = fs.readFileSync(path.join(docs, 'README.md'), 'utf8');
    const rows = [...text.matchAll(/^\| \[`([a-z-]+)`\]\(([a-z-]+)\.md\) \| (\w+) \|/gm)].map((m) => ({ id: m[1], page: m[2], severity: m[3] }));
    assert.deepStrictEqual(
      rows,
      ALL_RULES.map((r) => ({ id: r.id, page: r.id, severity: r.defaultSeverity })),
    );
  });
});
