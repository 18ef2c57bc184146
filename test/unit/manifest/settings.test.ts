import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';

/**
 * The settings VS Code shows (package.json `contributes.configuration`) and the ones the core
 * falls back to must be the same: a user reading the Settings editor sees what really applies.
 */
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8'));
const properties: Record<string, { default?: unknown; markdownDescription?: string; description?: string }> = manifest.contributes.configuration.properties;

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
});
