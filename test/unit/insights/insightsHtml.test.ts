import { strict as assert } from 'node:assert';
import type { InsightFigures, SeriesInsights } from '../../../src/core/views/insights';
import { escapeHtml } from '../../../src/core/render/htmlEscape';
import { insightsHtml, insightsTitle } from '../../../src/core/render/insightsHtml';

const NONCE = 'abcDEF0123456789xyzXYZ==';
const NO_OUTCOMES = { total: 0, doneOnTime: 0, doneLate: 0, open: 0, dropped: 0 };

/** Figures written out by hand: the page must show these numbers, whatever computed them. */
function figures(overrides: Partial<InsightFigures> = {}): InsightFigures {
  return {
    months: [
      { month: '2026-09', held: 3, canceled: 1, rescheduled: 0, planned: 0 },
      { month: '2026-10', held: 0, canceled: 0, rescheduled: 0, planned: 0 },
      { month: '2026-11', held: 2, canceled: 0, rescheduled: 1, planned: 1 },
    ],
    meetings: { held: 5, canceled: 1, rescheduled: 1, planned: 1 },
    sharing: { counted: 6, onTime: 4, late: 1, never: 1, rate: 4 / 6 },
    commitments: { total: 17, doneOnTime: 9, doneLate: 3, open: 2, dropped: 3, droppedOnPurpose: 2, droppedSilently: 1 },
    commitmentsBySide: {
      mine: { total: 12, doneOnTime: 7, doneLate: 2, open: 1, dropped: 2 },
      theirs: { total: 4, doneOnTime: 2, doneLate: 1, open: 1, dropped: 0 },
      others: { total: 1, doneOnTime: 0, doneLate: 0, open: 0, dropped: 1 },
    },
    medianDaysToClose: 4.5,
    mostCarried: [
      { series: 'dana', person: 'Dana <Whitfield>', text: 'Ship the <b>importer</b> & "docs"', carried: 3, raised: '2026-10-06', due: '2026-11-27', file: '1on1/dana/2026-11-24.md', line: 11 },
    ],
    calendar: null,
    priorities: null,
    ...overrides,
  };
}

function page(f = figures()) {
  return insightsHtml({ person: 'Dana Whitfield', role: 'manager', asOf: '2026-11-23', figures: f }, NONCE);
}

describe('insights page (HTML)', () => {
  it('has the strict CSP, exactly, with the nonce on its only <style>', () => {
    const html = page();
    const csps = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g) ?? [];
    assert.deepEqual(csps, [`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${NONCE}';">`]);
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${NONCE}">`]);
    // No inline style attributes: the CSP would block them.
    assert.doesNotMatch(html, /\sstyle="/);
  });

  it('has no script and no remote address', () => {
    const html = page();
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\bon[a-z]+=/i, 'no event handler attributes');
    assert.doesNotMatch(html, /https?:/i);
    assert.doesNotMatch(html, /url\(/i);
  });

  it('who owes what (SPEC §10): a bar and a table row per side, mine first, the counts as given', () => {
    const html = page();
    const section = html.slice(html.indexOf('<h2>Who owes what</h2>'));
    assert.ok(section.length < html.length, 'the section is there');
    const rows = [...section.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td>\d+<\/td>)+)<\/tr>/g)].slice(0, 3).map((m) => [m[1], m[2].match(/\d+/g)!.join(' ')]);
    assert.deepEqual(rows, [
      ['I owe', '7 2 1 2 12'],
      ['They owe', '2 1 1 0 4'],
      ['Others owe', '0 0 0 1 1'],
    ]);
    assert.match(section, /aria-label="I owe: 12 — 7 done on time, 2 done late, 1 open, 2 dropped"/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('priorities over time (SPEC §13): the current ones with their weeks, those that left without a word, escaped; none on everyone’s page', () => {
    const priorities = {
      current: [
        { text: 'Ship the <script>alert(1)</script> importer', since: '2026-10-06', weeks: 8 },
        { text: 'Roadmap & "draft"', since: '2026-11-17', weeks: 1 },
      ],
      leftSilently: [{ text: 'Hire the <b>SRE</b>', from: '2026-10-06', to: '2026-10-20', goneOn: '2026-10-27', weeks: 3 }],
    };
    const html = page(figures({ priorities }));
    const section = html.slice(html.indexOf('<h2>Priorities over time</h2>'), html.indexOf('<h2>Carried the most</h2>'));
    assert.ok(section.length > 0 && html.indexOf('<h2>Priorities over time</h2>') >= 0, 'the section is there');
    assert.ok(section.includes('<li>Ship the &lt;script&gt;alert(1)&lt;/script&gt; importer <span class="weeks">8 weeks, since Tue 6 Oct</span></li>'));
    assert.ok(section.includes('<li>Roadmap &amp; &quot;draft&quot; <span class="weeks">1 week, since Tue 17 Nov</span></li>'));
    assert.ok(section.includes('<h3>Left without a word (last 90 days)</h3>'));
    assert.ok(section.includes('<li>Hire the &lt;b&gt;SRE&lt;/b&gt; <span class="weeks">3 weeks, Tue 6 Oct to Tue 20 Oct; gone on Tue 27 Oct</span></li>'));
    assert.doesNotMatch(html, /<script|<b>/i);
    const none = page(figures({ priorities: { current: [], leftSilently: [] } }));
    assert.match(none, /No priorities in the last meeting held\.[\s\S]*None left without a word in the last 90 days\./);
    assert.doesNotMatch(page(), /Priorities over time/, 'everyone’s figures have none');
  });

  it('escapes every text from the notes', () => {
    const html = insightsHtml({ person: 'Dana <Whitfield>', asOf: '2026-11-23', figures: figures(), people: [] }, NONCE);
    assert.ok(html.includes('Ship the &lt;b&gt;importer&lt;/b&gt; &amp; &quot;docs&quot;'));
    assert.ok(!html.includes('<b>'), 'the <b> of an item text is not markup');
    assert.ok(html.includes('<title>1x1 Insights — Dana &lt;Whitfield&gt;</title>'));
    assert.ok(html.includes('<td>Dana &lt;Whitfield&gt;</td>'), 'the person column of everyone\'s page');
    assert.equal(escapeHtml(`<a href='x'>&</a>`), '&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('shows the numbers: cards, the month chart and its table, the outcomes and the most carried', () => {
    const html = page();
    assert.ok(html.includes('<h1>1x1 Insights — Dana Whitfield</h1>'));
    assert.ok(html.includes('As of Mon 23 Nov 2026'));
    // cards: 5 held; 4 / 6 = 66.7 % → 67 %; done 9 + 3 = 12, 9 / 12 = 75 %; median 4.5 days
    assert.ok(html.includes('<div class="value">5</div><div class="label">meetings held (1 canceled, 1 rescheduled, 1 planned)</div>'));
    assert.ok(html.includes('<div class="value">67 %</div><div class="label">agendas shared on time (4 of 6; 1 late, 1 never)</div>'));
    assert.ok(html.includes('<div class="value">75 %</div><div class="label">of done commitments done on time (9 of 12)</div>'));
    assert.ok(html.includes('<div class="value">4.5 days</div>'));
    // the month chart: one labelled image, and a table row per month, the empty one included
    assert.match(html, /<svg class="chart" role="img" aria-label="Meetings per month: Sep 2026 3 held, 1 canceled; Oct 2026 no meeting; Nov 2026 2 held, 1 rescheduled, 1 planned"/);
    assert.ok(html.includes('<tr><th scope="row">Sep 2026</th><td>3</td><td>1</td><td>0</td><td>0</td></tr>'));
    assert.ok(html.includes('<tr><th scope="row">Oct 2026</th><td>0</td><td>0</td><td>0</td><td>0</td></tr>'));
    assert.ok(html.includes('<tr><th scope="row">Nov 2026</th><td>2</td><td>0</td><td>1</td><td>1</td></tr>'));
    // stacked bars: Sep 3 held + 1 canceled, the tallest (4) = 100 px high; held 3/4 × 100 = 75 from y 118 − 75 = 43
    assert.ok(html.includes('<rect class="held" x="12" y="43" width="24" height="75"></rect><rect class="canceled" x="12" y="18" width="24" height="25"></rect>'));
    // the outcomes bar and its table
    assert.match(html, /aria-label="Commitments: 17 in all — 9 done on time, 3 done late, 2 open, 2 canceled on purpose, 1 dropped silently"/);
    assert.ok(html.includes('<tr><th scope="row">done late</th><td>3</td></tr>'));
    assert.ok(html.includes('<tr><th scope="row">all</th><td>17</td></tr>'));
    assert.ok(html.includes('3 dropped: 2 canceled on purpose, 1 left open and never carried on.'));
    // most carried: the line 1-based (11 → 12)
    assert.ok(html.includes('<div class="file">1on1/dana/2026-11-24.md:12</div></td><td class="nowrap">3×</td><td class="nowrap">Tue 6 Oct</td><td class="nowrap">Fri 27 Nov</td></tr>'));
    // Dates as the rest of the product writes them; the year only when it is not this one.
    const nextYear = insightsHtml({ person: 'Dana Whitfield', role: 'manager', asOf: '2027-01-04', figures: figures() }, NONCE);
    assert.ok(nextYear.includes('<td class="nowrap">Tue 6 Oct 2026</td><td class="nowrap">Fri 27 Nov 2026</td>'));
  });

  it('a report: no sharing rate; nothing yet: says so instead of empty charts', () => {
    const html = insightsHtml(
      {
        person: 'Sam Okafor',
        role: 'report',
        asOf: '2026-11-23',
        figures: figures({
          months: [],
          meetings: { held: 0, canceled: 0, rescheduled: 0, planned: 0 },
          sharing: { counted: 0, onTime: 0, late: 0, never: 0, rate: null },
          commitments: { total: 0, doneOnTime: 0, doneLate: 0, open: 0, dropped: 0, droppedOnPurpose: 0, droppedSilently: 0 },
          commitmentsBySide: { mine: NO_OUTCOMES, theirs: NO_OUTCOMES, others: NO_OUTCOMES },
          medianDaysToClose: null,
          mostCarried: [],
        }),
      },
      NONCE,
    );
    assert.ok(html.includes('<div class="value">—</div><div class="label">agendas shared on time: they set the agenda</div>'));
    assert.ok(html.includes('No meetings yet.'));
    assert.ok(html.includes('No commitments yet.'));
    assert.ok(html.includes('No open commitment has been carried'));
    assert.doesNotMatch(html, /<svg/);
  });

  it('everyone: a row per person', () => {
    const dana: SeriesInsights = { series: 'dana', name: 'Dana Whitfield', role: 'manager', ...figures() };
    const sam: SeriesInsights = { series: 'sam', name: 'Sam Okafor', role: 'report', ...figures({ sharing: { counted: 0, onTime: 0, late: 0, never: 0, rate: null }, medianDaysToClose: 1 }) };
    const html = insightsHtml({ person: undefined, asOf: '2026-11-23', figures: figures(), people: [dana, sam] }, NONCE);
    assert.ok(html.includes('<h1>1x1 Insights — everyone</h1>'));
    assert.ok(html.includes('2 people'));
    assert.ok(html.includes('<tr><th scope="row">Dana Whitfield</th><td>5</td><td>67 % (4 of 6)</td><td>9</td><td>3</td><td>2</td><td>3</td><td>4.5 days</td></tr>'));
    assert.ok(html.includes('<tr><th scope="row">Sam Okafor</th><td>5</td><td>—</td><td>9</td><td>3</td><td>2</td><td>3</td><td>1 day</td></tr>'));
  });

  it('the calendar (SPEC §12): a card of the meetings moved or canceled there, and a column only when someone has a calendar', () => {
    assert.ok(!page().includes('in the calendar'), 'no calendar: no card');
    assert.match(page(figures({ calendar: { moved: 1, canceled: 2 } })), /<div class="value">3<\/div><div class="label">moved or canceled in the calendar over the last 90 days \(1 moved, 2 canceled\)<\/div>/);
    const dana: SeriesInsights = { series: 'dana', name: 'Dana Whitfield', role: 'manager', ...figures({ calendar: { moved: 1, canceled: 0 } }) };
    const sam: SeriesInsights = { series: 'sam', name: 'Sam Okafor', role: 'report', ...figures() };
    const html = insightsHtml({ person: undefined, asOf: '2026-11-23', figures: figures(), people: [dana, sam] }, NONCE);
    assert.ok(html.includes('<th scope="col">Calendar, last 90 days</th>'));
    assert.ok(html.includes('<td>4.5 days</td><td>1 moved, 0 canceled</td></tr>'));
    assert.ok(html.includes('<td>4.5 days</td><td>—</td></tr>'), 'Sam has no calendar');
    const none = insightsHtml({ person: undefined, asOf: '2026-11-23', figures: figures(), people: [sam] }, NONCE);
    assert.ok(!none.includes('Calendar, last 90 days'));
  });

  it('the chart keeps the last 12 months; the table keeps them all', () => {
    const months = Array.from({ length: 14 }, (_, i) => ({ month: i < 12 ? `2025-${String(i + 1).padStart(2, '0')}` : `2026-0${i - 11}`, held: 1, canceled: 0, rescheduled: 0, planned: 0 }));
    const html = page(figures({ months }));
    // 14 months: Jan and Feb 2025 leave the chart (it starts in Mar 2025), not the table
    assert.match(html, /aria-label="Meetings per month: Mar 2025 1 held;/);
    assert.ok(html.includes('<th scope="row">Jan 2025</th>'));
    assert.ok(html.includes('The chart shows the last 12 months; the table has all 14.'));
  });

  it('refuses a nonce that could break out of the attribute', () => {
    assert.throws(() => insightsHtml({ person: undefined, asOf: '2026-11-23', figures: figures() }, `x' 'unsafe-inline`));
    assert.equal(insightsTitle(undefined), '1x1 Insights — everyone');
  });
});
