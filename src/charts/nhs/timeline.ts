/**
 * The NHS timeline (dataset.nhs.timeline) → days of entries with their times in the reader's
 * chosen clock. NHS sources state UK times (BST in May 2017); the dataset stores exact moments in
 * UTC. Entries known only by the source's words ("late morning") keep those words in either clock.
 */
import type { NhsTimelineEntry } from '../../data/schema.ts';
import { startOf } from '../../data/derive/time.ts';
import { formatUkDay, formatUkTime, formatUtc } from '../../format/format.ts';

export type Clock = 'uk' | 'utc';

export interface TimelineItem {
  entry: NhsTimelineEntry;
  /** "16:00" (UK), "12 May, 15:00 UTC", "late morning", or "" when the source gives only the day. */
  time: string;
  /** False when `time` is the source's wording rather than a clock time. */
  isClock: boolean;
  /** For <time dateTime>: the exact moment, or the day. */
  dateTime: string;
}

export interface TimelineDay {
  day: string;
  label: string;
  items: TimelineItem[];
}

export function timelineDays(entries: readonly NhsTimelineEntry[], clock: Clock): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    let day = days[days.length - 1];
    if (!day || day.day !== entry.day) {
      // Midnight UTC of a May day is 01:00 in London: the same calendar day.
      day = { day: entry.day, label: formatUkDay(startOf(entry.day)), items: [] };
      days.push(day);
    }
    if (entry.time) {
      const ms = startOf(entry.time);
      day.items.push({ entry, time: clock === 'uk' ? formatUkTime(ms) : formatUtc(ms), isClock: true, dateTime: entry.time });
    } else {
      day.items.push({ entry, time: entry.timeText ?? '', isClock: false, dateTime: entry.day });
    }
  }
  return days;
}
