import type { MeetingNote } from '../model/model';
import { DEFAULT_TOPICS } from '../model/profile';

/**
 * The rotating topic (SPEC §5): four topics take turns so that each comes up about once a month.
 */

/** How each topic reads as the rotating section's heading. */
const TOPIC_TITLES: Record<string, string> = {
  business: 'Goals, metrics, OKRs',
  skill: 'Skill development',
  personal: 'Personal goal',
  manager: 'Manager brings one thing',
};

export function topicTitle(topic: string): string {
  return TOPIC_TITLES[topic] ?? topic.charAt(0).toUpperCase() + topic.slice(1);
}

/** The topic after `topic` in `order`; the first one when `topic` is unknown. */
export function topicAfter(topic: string | undefined, order: readonly string[]): string {
  const i = topic === undefined ? -1 : order.indexOf(topic);
  return order[(i + 1) % order.length];
}

/**
 * The topic of a new meeting after `previous` notes (in meeting order): the one after the last
 * note that names a rotation, or — when that meeting was canceled or rescheduled, so its topic
 * never came up — that same topic again.
 */
export function nextTopic(previousNotes: readonly MeetingNote[], order: readonly string[] = DEFAULT_TOPICS): string {
  for (let i = previousNotes.length - 1; i >= 0; i--) {
    const note = previousNotes[i];
    // A rotation that is no topic of the order is reported (`invalid-front-matter`) and read as absent.
    if (note.rotation === undefined || !order.includes(note.rotation)) continue;
    if (note.status === 'canceled' || note.status === 'rescheduled') return note.rotation;
    return topicAfter(note.rotation, order);
  }
  return order[0];
}
