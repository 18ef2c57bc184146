import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { agendaDocumentTitle, renderAgendaHtml } from '../../../src/core/render/agendaHtml';
import { shareableAgenda } from '../../../src/core/render/shareableAgenda';

const repoRoot = path.resolve(__dirname, '../../../..');
const danaNote = () => fs.readFileSync(path.join(repoRoot, 'examples/vault/1on1/dana/2026-11-24.md'), 'utf8');

/** The document's parts: `head` is everything before `<body>`, `main` the rendered agenda. */
function parts(html: string): { head: string; main: string } {
  const bodyAt = html.indexOf('<body>');
  assert.ok(bodyAt > 0, 'has a <body>');
  const main = /<main>\n([\s\S]*)\n<\/main>/.exec(html);
  assert.ok(main, 'has a <main>');
  return { head: html.slice(0, bodyAt), main: main[1] };
}

describe('agendaHtml', () => {
  it('titles the document as the default template titles the note', () => {
    assert.equal(agendaDocumentTitle('Dana Whitfield', '2026-11-24'), '1x1 with Dana — Tue 24 Nov 2026');
    assert.equal(agendaDocumentTitle('priya', undefined), '1x1 with priya');
  });

  it("is one complete document: doctype, charset, the title, an inline style that prints; Dana's agenda in it", async () => {
    const html = await renderAgendaHtml(shareableAgenda(danaNote()), agendaDocumentTitle('Dana Whitfield', '2026-11-24'));
    assert.ok(html.startsWith('<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n'), html.slice(0, 80));
    assert.ok(html.endsWith('</body>\n</html>\n'));
    const { head, main } = parts(html);
    assert.match(head, /<title>1x1 with Dana — Tue 24 Nov 2026<\/title>/);
    assert.match(head, /<style>\n[\s\S]*@media print[\s\S]*<\/style>/);
    assert.match(main, /^<h1>1x1 with Dana — Tue 24 Nov 2026<\/h1>\n<h2>Action items from last time<\/h2>\n<ul class="contains-task-list">\n/);
    for (const heading of ['Roadblocks', 'Top 3 priorities', 'One thing you should know']) assert.ok(main.includes(`<h2>${heading}</h2>`), heading);
    for (const heading of ['What is unclear', 'Commitments', 'Notes']) assert.ok(!main.includes(`<h2>${heading}</h2>`), `${heading} is still empty: left out`);
    assert.ok(!/📅|✅|\[due::|@dana/u.test(main), 'no plug-in syntax');
    assert.ok(main.includes('Send the Q4 forecast to finance — due Fri 20 Nov, done Thu 19 Nov</li>'), main);
    assert.ok(!main.includes('Private') && !main.includes('team-lead opening'), 'no private text');
    assert.ok(!html.includes('^p7r2mq'), 'no block ids');
    assert.ok(main.includes('<ol>\n<li>Pricing experiment write-up — readout with Product on 2 Dec</li>'));
  });

  it('keeps code blocks and code spans exactly (comment marks in them too) and shows no comment from outside code', async () => {
    const note = [
      '## Notes',
      '1. Run this:',
      '    ```sh',
      '    echo %%HOME%% <!-- x -->',
      '    ```',
      '> [!note]',
      '> ```',
      '> a %% b %% c',
      '> ```',
      '> said %% hidden one %% aloud <!-- hidden two -->',
      '- An inline `code with %% marks %%` span %% hidden three %%',
      '',
    ].join('\n');
    const { main } = parts(await renderAgendaHtml(shareableAgenda(note), 't'));
    assert.ok(main.includes('<pre><code class="language-sh">echo %%HOME%% &#x3C;!-- x -->\n</code></pre>'), main);
    assert.ok(main.includes('<pre><code>a %% b %% c\n</code></pre>'), main);
    assert.ok(main.includes('<code>code with %% marks %%</code>'), main);
    assert.ok(main.includes('said  aloud'), main);
    assert.ok(!/hidden/.test(main), main);
  });

  it('shows task checkboxes as disabled checkboxes, ticked when done', async () => {
    const { main } = parts(await renderAgendaHtml('- [ ] open\n- [x] done\n- [X] done too\n', 't'));
    assert.equal(
      main,
      [
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" disabled> open</li>',
        '<li class="task-list-item"><input type="checkbox" checked disabled> done</li>',
        '<li class="task-list-item"><input type="checkbox" checked disabled> done too</li>',
        '</ul>',
      ].join('\n'),
    );
  });

  it('passes no raw HTML through: a <script>, an <iframe>, an event handler and a comment are dropped', async () => {
    const html = await renderAgendaHtml(
      '# Agenda\n\n<script>alert("x")</script>\n\n<iframe src="https://evil.example/"></iframe>\n\nText <img src=x onerror="alert(1)"> and <b>bold</b>.\n\n<!-- private remark -->\n',
      't',
    );
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/alert/.test(html), 'no script text');
    assert.ok(!/<iframe|onerror|<b>|private remark/i.test(html), html);
    assert.equal(parts(html).main, '<h1>Agenda</h1>\n<p>Text  and bold.</p>');
  });

  it('fetches nothing: no URL in the head; a web image becomes a link to it; a local image stays', async () => {
    const html = await renderAgendaHtml('![chart](https://tracker.example/p.png) ![](//cdn.example/x.png) ![diagram](diagram.png) ![dot](data:image/png;base64,AAAA)\n', 't');
    const { head, main } = parts(html);
    assert.ok(!/https?:|\/\/|url\(|@import|<link|<script/i.test(head), head);
    assert.equal(
      main,
      '<p><a href="https://tracker.example/p.png">chart</a> <a href="//cdn.example/x.png">//cdn.example/x.png</a> <img src="diagram.png" alt="diagram"> <img src="data:image/png;base64,AAAA" alt="dot"></p>',
    );
  });

  it('keeps web, mail and relative links; a javascript: link loses its target', async () => {
    const { main } = parts(await renderAgendaHtml('[w](https://example.com/a?b=1) [m](mailto:dana@example.com) [r](../notes/x.md) [s](#top) [j](javascript:alert(1)) [v](vbscript:x)\n', 't'));
    assert.equal(main, '<p><a href="https://example.com/a?b=1">w</a> <a href="mailto:dana@example.com">m</a> <a href="../notes/x.md">r</a> <a href="#top">s</a> <a>j</a> <a>v</a></p>');
  });

  it('escapes the title, and renders GFM tables and strikethrough', async () => {
    const html = await renderAgendaHtml('| a | b |\n|---|---|\n| 1 | ~~2~~ |\n', '1x1 with <Dana> & co');
    assert.match(parts(html).head, /<title>1x1 with &lt;Dana&gt; &amp; co<\/title>/);
    assert.match(parts(html).main, /<table>[\s\S]*<td><del>2<\/del><\/td>[\s\S]*<\/table>/);
  });

  it('an empty agenda is still a valid, empty document', async () => {
    const html = await renderAgendaHtml('', 't');
    assert.match(html, /<main>\n\n<\/main>/);
  });
});
