import * as assert from 'assert';
import * as vscode from 'vscode';
import { extension } from './helpers';
import { settingMatch, type ContributedSetting } from '../../unit/helpers/settingsSearch';

// The Settings editor cannot be searched from a test: what it searches is the configuration the
// running extension contributes, read back here, matched the way its search matches.

describe('settings in the Settings editor', () => {
  const contributed = () => {
    const configuration = extension().packageJSON.contributes.configuration as { title: string; properties: Record<string, ContributedSetting & { order?: number }> };
    return configuration;
  };

  it('are all found by searching "1x1", under the title "1x1 Meetings"', () => {
    const { title, properties } = contributed();
    assert.equal(title, '1x1 Meetings');
    const missed = Object.entries(properties).filter(([key, setting]) => settingMatch('1x1', key, setting) === undefined).map(([key]) => key);
    assert.deepStrictEqual(missed, []);
    assert.ok(Object.keys(properties).length >= 10);
  });

  it('are the ones VS Code knows, with their descriptions free of spec sections and repository paths', () => {
    const config = vscode.workspace.getConfiguration('oneOnOne');
    for (const [key, setting] of Object.entries(contributed().properties)) {
      assert.ok(config.inspect(key.slice('oneOnOne.'.length))?.defaultValue !== undefined, `${key} is not a setting VS Code knows`);
      assert.ok(!/SPEC|§|docs\//.test(setting.markdownDescription ?? ''), key);
    }
  });

  it('offer each rule with a list of severities, and no other key, in oneOnOne.rules', () => {
    const rules = contributed().properties['oneOnOne.rules'] as { additionalProperties?: unknown; properties: Record<string, { enum: string[]; default: string }> };
    assert.equal(rules.additionalProperties, false);
    assert.deepStrictEqual(rules.properties['stale-commitment'].enum, ['off', 'hint', 'info', 'warning', 'error']);
    assert.deepStrictEqual(vscode.workspace.getConfiguration('oneOnOne').inspect('rules')?.defaultValue, {});
  });
});
