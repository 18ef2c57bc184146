import * as assert from 'node:assert/strict';
import { agendaExportFileName } from '../../../src/core/render/agendaHtml';
import { exportFolder, isInside, safeFileName } from '../../../src/core/vault/exportLocation';

// SPEC §7: the HTML export is saved where the user chooses, never by default into the notes folder.

describe('where an export is offered', () => {
  const notes = ['/home/ana/work/1on1', '/home/ana/work/1on1/dana'];

  it('the first candidate folder outside the notes: the last export folder, else Downloads, else home', () => {
    assert.equal(exportFolder(['/home/ana/Desktop', '/home/ana/Downloads', '/home/ana'], notes), '/home/ana/Desktop');
    assert.equal(exportFolder([undefined, '/home/ana/Downloads', '/home/ana'], notes), '/home/ana/Downloads');
    assert.equal(exportFolder(['/home/ana/work/1on1/dana', undefined, '/home/ana'], notes), '/home/ana', 'a notes folder chosen before is passed over');
    assert.equal(exportFolder(['/home/ana/work/1on1', '/home/ana/work'], notes), '/home/ana/work', 'beside the notes is fine');
    assert.equal(exportFolder(['/home/ana'], ['/home/ana/']), undefined, 'the notes are the home folder itself: nothing is offered');
  });

  it('inside means the folder itself or under it, not a sibling whose name starts the same', () => {
    assert.ok(isInside('/w/1on1', '/w/1on1'));
    assert.ok(isInside('/w/1on1/dana', '/w/1on1/'));
    assert.ok(!isInside('/w/1on1-archive', '/w/1on1'));
  });

  it('names the page after the person and the date: `1x1 Dana 2026-11-24.html`, a name any file system takes', () => {
    assert.equal(agendaExportFileName('Dana Whitfield', '2026-11-24'), '1x1 Dana 2026-11-24.html');
    assert.equal(agendaExportFileName('priya', undefined), '1x1 priya.html');
    assert.equal(agendaExportFileName('A/B:C', '2026-11-24'), '1x1 A-B-C 2026-11-24.html');
    assert.equal(safeFileName('a?*b'), 'a-b');
  });
});
