import * as assert from 'node:assert/strict';
import { describeFixAll } from '../../../src/core/edits/fixAll';

// After "Fix all in this note" a message says how many fixes were applied and of which rules.

describe('the message after "Fix all in this note"', () => {
  it('counts the fixes and names their rules once each, in the order fixed', () => {
    assert.equal(
      describeFixAll(['missing-section', 'unranked-priorities', 'missing-section', 'missing-due-date']),
      'Applied 4 fixes in this note: missing-section ×2, unranked-priorities, missing-due-date.',
    );
  });

  it('speaks of one fix in the singular, and of none plainly', () => {
    assert.equal(describeFixAll(['missing-due-date']), 'Applied 1 fix in this note: missing-due-date.');
    assert.equal(describeFixAll([]), 'Nothing to fix in this note.');
  });
});
