import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, serializeConfig, shareLink } from './url.ts';

describe('parseConfig()', () => {
  it('reads every documented parameter', () => {
    expect(parseConfig('?view=map&embed=1&theme=dark&country=esp&date=2017-05-13T15:00Z&childId=g1&initialWidth=600')).toEqual({
      view: 'map', embed: true, theme: 'dark', country: 'ESP', date: '2017-05-13T15:00Z', childId: 'g1', initialWidth: 600,
    });
  });
  it('falls back to defaults for unknown or malformed values, never throwing', () => {
    expect(parseConfig('?view=globe&embed=yes&theme=purple&country=XYZ&date=yesterday&childId=<script>&initialWidth=-5')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('?date=2017-05-13T15:00')).toEqual(DEFAULT_CONFIG); // a time without a zone is ambiguous
    expect(parseConfig('?date=2017-02-30')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('%%%')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('')).toEqual(DEFAULT_CONFIG);
  });
  it('normalises a time to its UTC minute, applying the offset', () => {
    expect(parseConfig('?date=2017-05-13T17:30:45%2B02:00').date).toBe('2017-05-13T15:30Z');
  });
  it('round-trips through serializeConfig()', () => {
    const config = parseConfig('?view=nhs&country=GBR&date=2017-05-14&theme=light');
    expect(parseConfig(serializeConfig(config))).toEqual(config);
    expect(serializeConfig(DEFAULT_CONFIG)).toBe('');
  });
});

describe('shareLink()', () => {
  it('links to the full page with the view and the map state, never to the embed page', () => {
    expect(shareLink('map', 'https://g.example.org/wc/embed-map.html?view=map&embed=1&childId=x&date=2017-05-12T15:00Z&country=esp&theme=dark'))
      .toBe('https://g.example.org/wc/?view=map&country=ESP&date=2017-05-12T15:00Z');
    expect(shareLink('nhs', 'https://g.example.org/wc/index.html')).toBe('https://g.example.org/wc/?view=nhs');
  });
});
