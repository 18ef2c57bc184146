import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { RULE_IDS } from '../../../src/core/rules';
import { settingMatch, settingsFound } from '../helpers/settingsSearch';

/**
 * The settings VS Code shows (package.json `contributes.configuration`) and the ones the core
 * falls back to must be the same: a user reading the Settings editor sees what really applies.
 */
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));
const configuration = manifest.contributes.configuration;
const properties: Record<string, { default?: unknown; markdownDescription?: string; description?: string; order?: number; enum?: unknown[] }> = configuration.properties;
const descriptionOf = (p: { markdownDescription?: string; description?: string }) => p.markdownDescription ?? p.description ?? '';

describe('contributed settings', () => {
  it('contribute every core setting under oneOnOne.*', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS)) assert.ok(properties[`oneOnOne.${key}`], `oneOnOne.${key} is not contributed`);
  });

  it('each have a description and a default', () => {
    for (const [key, p] of Object.entries(properties)) {
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${key} has no description`);
      assert.ok('default' in p, `${key} has no default`);
    }
  });

  it('default to exactly what the core falls back to', () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      assert.deepStrictEqual(properties[`oneOnOne.${key}`].default, JSON.parse(JSON.stringify(DEFAULT_SETTINGS[key])), `oneOnOne.${key}`);
    }
  });

  // Issue 12: searching "1x1" in the Settings editor listed one setting of ten.
  it('are all found by searching "1x1" in the Settings editor, as its search matches', () => {
    assert.equal(configuration.title, '1x1 Meetings');
    assert.deepStrictEqual(settingsFound('1x1', properties), Object.keys(properties));
    for (const [key, p] of Object.entries(properties)) assert.equal(settingMatch('1x1', key, p), 'description', `${key}: "1x1" is not in its description`);
  });

  it('are found by the words of their key, as a search for them would be', () => {
    assert.deepStrictEqual(settingMatch('stale after', 'oneOnOne.staleAfterDays', properties['oneOnOne.staleAfterDays']), 'key');
    // …and by their description: "a short note after overdue and stale action items".
    assert.deepStrictEqual(settingsFound('stale after', properties).sort(), ['oneOnOne.itemDecorations', 'oneOnOne.staleAfterCarries', 'oneOnOne.staleAfterDays']);
    // workingDays links to shareBy in its description (`#oneOnOne.shareBy#`), so it is found too.
    assert.deepStrictEqual(settingsFound('oneOnOne.shareBy', properties).sort(), ['oneOnOne.shareBy', 'oneOnOne.workingDays']);
  });

  it('each explain themselves to a user: no spec sections or repository paths, and a sentence or more', () => {
    for (const [key, p] of Object.entries(properties)) {
      const text = descriptionOf(p);
      assert.ok(!/SPEC|§|docs\//.test(text), `${key} points to what a user does not have: ${text}`);
      assert.ok(text.length > 60, `${key}: "${text}" is too short to explain itself`);
    }
    const rules = (properties['oneOnOne.rules'] as { properties: Record<string, { markdownDescription: string }> }).properties;
    for (const [id, rule] of Object.entries(rules)) assert.ok(!/SPEC|§|docs\//.test(rule.markdownDescription), `oneOnOne.rules.${id}: ${rule.markdownDescription}`);
  });

  it('are shown in a sensible order: where the notes are and who I am first, the fine-tuning last', () => {
    const ordered = Object.entries(properties).sort(([, a], [, b]) => (a.order ?? Infinity) - (b.order ?? Infinity)).map(([key]) => key);
    for (const [key, p] of Object.entries(properties)) assert.equal(typeof p.order, 'number', `${key} has no order`);
    assert.deepStrictEqual(ordered.slice(0, 2), ['oneOnOne.folder', 'oneOnOne.me']);
    assert.equal(ordered[ordered.length - 1], 'oneOnOne.sections');
  });

  it('let oneOnOne.rules take only known rule ids, each with a list of severities (dropdowns in the Settings editor)', () => {
    const rules = properties['oneOnOne.rules'] as { additionalProperties?: unknown; properties: Record<string, { enum: string[] }> };
    assert.equal(rules.additionalProperties, false, 'an unknown rule id (a typo) is flagged by settings.json, not accepted');
    assert.deepStrictEqual(Object.keys(rules.properties), RULE_IDS);
    for (const [id, rule] of Object.entries(rules.properties)) assert.deepStrictEqual(rule.enum, ['off', 'hint', 'info', 'warning', 'error'], id);
  });
});
