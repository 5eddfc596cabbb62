import { describe, expect, it } from 'vitest';
import { heightMessages, parsePymMessage, parseThemeMessage, pymMessage } from './hostMessages.ts';

describe('heightMessages()', () => {
  it('speaks every protocol at once, in whole pixels', () => {
    expect(heightMessages(812.4, { childId: 'g1', view: 'map', src: 'https://x/?view=map' })).toEqual([
      'pymxPYMxg1xPYMxheightxPYMx813',
      { 'datawrapper-height': { 'wannacry-map': 813 } },
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      { src: 'https://x/?view=map', context: 'iframe.resize', height: 813 },
    ]);
  });
  it('never asks AMP for less than 100 px, and omits pym without a child id', () => {
    const messages = heightMessages(40, { view: 'story', src: 's' });
    expect(messages).toHaveLength(3);
    expect(messages[1]).toEqual({ sentinel: 'amp', type: 'embed-size', height: 100 });
  });
});

describe('incoming messages', () => {
  it('reads pym messages for this child only', () => {
    expect(parsePymMessage(pymMessage('g1', 'width', 600), 'g1')).toEqual({ type: 'width', value: '600' });
    expect(parsePymMessage(pymMessage('other', 'width', 600), 'g1')).toBeUndefined();
    expect(parsePymMessage({ not: 'a string' }, 'g1')).toBeUndefined();
  });
  it('accepts only well-formed theme messages', () => {
    expect(parseThemeMessage({ type: 'wannacry:theme', theme: 'dark' })).toBe('dark');
    expect(parseThemeMessage({ type: 'wannacry:theme', theme: 'purple' })).toBeUndefined();
    expect(parseThemeMessage('dark')).toBeUndefined();
    expect(parseThemeMessage(null)).toBeUndefined();
  });
});
