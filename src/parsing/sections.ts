/**
 * The sections of a note (SPEC §4): what a `##` heading must say to be one, in template order.
 * Parsing needs them to find sections; the settings (`oneOnOne.sections`) replace them.
 */

export interface SectionDefinition {
  key: string;
  title: string;
  aliases: string[];
  required: boolean;
  /** True when the title may be followed by `: anything` (the rotating topic). */
  titlePrefix?: boolean;
}

export const DEFAULT_SECTIONS: SectionDefinition[] = [
  { key: 'action-items', title: 'Action items from last time', aliases: ['Action items', 'Updates', 'Last time'], required: true },
  { key: 'roadblocks', title: 'Roadblocks', aliases: ['Blockers', "Where I'm stuck"], required: true },
  { key: 'priorities', title: 'Top 3 priorities', aliases: ['Priorities', 'Top three priorities'], required: true },
  { key: 'need-to-know', title: 'One thing you should know', aliases: ['FYI', 'One thing'], required: true },
  { key: 'unclear', title: 'What is unclear', aliases: ['Questions', 'Clarify'], required: true },
  { key: 'rotation', title: 'Rotating topic', aliases: [], required: true, titlePrefix: true },
  { key: 'commitments', title: 'Commitments', aliases: ['Action steps', 'Next steps'], required: true },
  { key: 'notes', title: 'Notes', aliases: [], required: false },
  { key: 'private', title: 'Private', aliases: [], required: false },
];
