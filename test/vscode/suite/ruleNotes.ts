import * as vscode from 'vscode';

/**
 * The notes the diagnostics and quick-fix suites write at run time (`runtimeNotes.ts`), each
 * under its own `1on1/zz-…/` folder. The runner's clock is Mon 23 Nov 2026 17:30.
 */

/** Zed, my manager, weekly on Tuesdays at 10:00. */
export const MANAGER_PROFILE = ['---', 'with: Zed Rules', 'role: manager', 'cadence: weekly', 'day: tuesday', 'time: "10:00"', 'since: 2026-10-20', '---', 'Likes written updates.', ''].join('\n');

/**
 * One series on which every rule of SPEC §8 fires at least once; the comments say which, and
 * where (0-based line, start and end character). 16 findings in all.
 */
export const EVERY_RULE: Record<string, string> = {
  'profile.md': MANAGER_PROFILE,
  // status-not-updated: line 3 "status:" (0–7), info. A complete note, so no structure rule fires.
  '2026-10-20.md': [
    '---',
    'with: Zed Rules',
    'date: 2026-10-20',
    'status: planned',
    '---',
    '# 1x1 with Zed — Tue 20 Oct 2026',
    '',
    '## Action items from last time',
    'Nothing carried.',
    '',
    '## Roadblocks',
    'None.',
    '',
    '## Top 3 priorities',
    '1. Ship the importer',
    '',
    '## One thing you should know',
    'Nothing new.',
    '',
    '## What is unclear',
    'Nothing.',
    '',
    '## Rotating topic: Skill development',
    'Conference talk.',
    '',
    '## Commitments',
    'Nothing yet.',
    '',
  ].join('\n'),
  // dropped-commitment: line 8 (0–33), warning. invalid-date: line 10 "2026-02-30" (25–35), error.
  // Never opened by the suites: the Problems panel must list it anyway.
  '2026-10-27.md': [
    '---',
    'with: Zed Rules',
    'date: 2026-10-27',
    'status: held',
    '---',
    '# 1x1 with Zed — Tue 27 Oct 2026',
    '',
    '## Commitments',
    '- [ ] Send the hiring plan ^hire1',
    '- [>] Update the runbook ^runbk',
    '- [x] Book the offsite ✅ 2026-02-30',
    '',
  ].join('\n'),
  // invalid-front-matter: line 3 "status:" (0–7), error.
  '2026-11-03.md': ['---', 'with: Zed Rules', 'date: 2026-11-03', 'status: postponed', '---', '# 1x1 with Zed — Tue 3 Nov 2026', '', 'Short meeting.', ''].join('\n'),
  // duplicate-meeting, on both notes of 10 Nov: line 2 "date:" (0–5), warning.
  '2026-11-10.md': ['---', 'with: Zed Rules', 'date: 2026-11-10', '---', '# 1x1 with Zed — Tue 10 Nov 2026', '', '## Commitments', '- [>] Update the runbook ^runbk', ''].join('\n'),
  '2026-11-10-2.md': ['---', 'with: Zed Rules', 'date: 2026-11-10', '---', '# Second 1x1 with Zed the same day', '', 'Notes from the afternoon.', ''].join('\n'),
  // The latest held note. stale-commitment: line 8 (0–31, carried 2×), warning.
  // too-many-priorities: line 17, the "4." line (0–19), warning. overdue-commitment: line 29 (0–42; 📅 is two UTF-16 units), warning.
  // duplicate-id: line 31, the second ^badge1 (0–46), warning.
  '2026-11-17.md': [
    '---',
    'with: Zed Rules',
    'date: 2026-11-17',
    'status: held',
    '---',
    '# 1x1 with Zed — Tue 17 Nov 2026',
    '',
    '## Action items from last time',
    '- [ ] Update the runbook ^runbk',
    '',
    '## Roadblocks',
    'None.',
    '',
    '## Top 3 priorities',
    '1. Ship the importer',
    '2. Hire the second SRE',
    '3. Close the Q4 forecast',
    '4. Plan the offsite',
    '',
    '## One thing you should know',
    'Nothing new.',
    '',
    '## What is unclear',
    'Nothing.',
    '',
    '## Rotating topic: Skill development',
    'Conference talk.',
    '',
    '## Commitments',
    '- [ ] Renew the certificates 📅 2026-11-20',
    '- [ ] Order the badges 📅 2026-11-30 ^badge1',
    '- [ ] Order the lanyards 📅 2026-11-30 ^badge1',
    '',
  ].join('\n'),
  // The next agenda, not shared, its deadline (17:00 today) passed. agenda-not-shared: line 2 "date:" (0–5), warning.
  // missing-section ("What is unclear"): line 6, the body's first line (0–0), warning.
  // unranked-priorities: lines 15–16, the bullets (15:0–16:21), info. empty-section: line 18, the heading (0–28), info.
  // missing-due-date: line 24 (0–35), info.
  '2026-11-24.md': [
    '---',
    'with: Zed Rules',
    'date: 2026-11-24',
    'time: "10:00"',
    'status: planned',
    '---',
    '# 1x1 with Zed — Tue 24 Nov 2026',
    '',
    '## Action items from last time',
    'Nothing carried.',
    '',
    '## Roadblocks',
    'None.',
    '',
    '## Top 3 priorities',
    '- Ship the importer',
    '- Hire the second SRE',
    '',
    '## One thing you should know',
    '',
    '## Rotating topic: Skill development',
    'Conference talk.',
    '',
    '## Commitments',
    '- [ ] Introduce me to the data team',
    '',
  ].join('\n'),
  // Two weeks ahead and already "held". future-held: line 3 "status:" (0–7), warning. A complete note.
  '2026-12-08.md': [
    '---',
    'with: Zed Rules',
    'date: 2026-12-08',
    'status: held',
    '---',
    '# 1x1 with Zed — Tue 8 Dec 2026',
    '',
    '## Action items from last time',
    'Nothing carried.',
    '',
    '## Roadblocks',
    'None.',
    '',
    '## Top 3 priorities',
    '1. Ship the importer',
    '',
    '## One thing you should know',
    'Nothing new.',
    '',
    '## What is unclear',
    'Nothing.',
    '',
    '## Rotating topic: Skill development',
    'Conference talk.',
    '',
    '## Commitments',
    'Nothing yet.',
    '',
  ].join('\n'),
};

/** Our diagnostics of a file as `rule severity line:start-line:end`, sorted: one string to compare whole. */
export function diagnosticsOf(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === '1x1')
    .map((d) => {
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      const r = d.range;
      return `${code} ${vscode.DiagnosticSeverity[d.severity]} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    })
    .sort();
}
