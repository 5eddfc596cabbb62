import { describe, expect, it } from 'vitest';
import type { NhsTimelineEntry } from '../../data/schema.ts';
import { timelineDays } from './timeline.ts';

const entry = (id: string, day: string, fields: Partial<NhsTimelineEntry> = {}): NhsTimelineEntry => ({ id, day, text: id, sourceId: 's', locator: 'p1', ...fields });
const entries = [
  entry('a', '2017-05-12', { timeText: 'late morning' }),
  entry('b', '2017-05-12', { time: '2017-05-12T15:00Z', timeText: '16:00' }),
  entry('c', '2017-05-13'),
  entry('d', '2017-05-19', { time: '2017-05-19T16:30Z' }),
];

describe('timelineDays()', () => {
  it('groups entries by UK day and shows clock times in UK time', () => {
    const days = timelineDays(entries, 'uk');
    expect(days.map((d) => [d.day, d.label, d.items.map((i) => i.time)])).toEqual([
      ['2017-05-12', 'Fri 12 May', ['late morning', '16:00']],
      ['2017-05-13', 'Sat 13 May', ['']],
      ['2017-05-19', 'Fri 19 May', ['17:30']],
    ]);
  });
  it('shows clock times in UTC on request and keeps the source wording otherwise', () => {
    const items = timelineDays(entries, 'utc').flatMap((d) => d.items);
    expect(items.map((i) => [i.time, i.isClock, i.dateTime])).toEqual([
      ['late morning', false, '2017-05-12'],
      ['12 May, 15:00 UTC', true, '2017-05-12T15:00Z'],
      ['', false, '2017-05-13'],
      ['19 May, 16:30 UTC', true, '2017-05-19T16:30Z'],
    ]);
  });
});
