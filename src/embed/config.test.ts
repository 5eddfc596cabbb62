import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, serializeConfig } from './config.ts';

describe('parseConfig()', () => {
  it('reads every documented parameter', () => {
    expect(parseConfig('?view=map&embed=1&theme=dark&country=esp&date=2017-05-13T15:00Z&childId=g1&initialWidth=600')).toEqual({
      view: 'map', embed: true, theme: 'dark', country: 'ESP', date: Date.UTC(2017, 4, 13, 15), childId: 'g1', initialWidth: 600,
    });
  });
  it('falls back to defaults for unknown or malformed values, never throwing', () => {
    expect(parseConfig('?view=globe&embed=yes&theme=purple&country=XYZ&date=yesterday&childId=<script>&initialWidth=-5')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('?date=2017-05-13T15:00')).toEqual(DEFAULT_CONFIG); // a time without a zone is ambiguous
    expect(parseConfig('%%%')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('')).toEqual(DEFAULT_CONFIG);
  });
  it('round-trips through serializeConfig()', () => {
    const config = parseConfig('?view=nhs&country=GBR&date=2017-05-14&theme=light');
    expect(parseConfig(serializeConfig(config))).toEqual(config);
    expect(serializeConfig(DEFAULT_CONFIG)).toBe('');
  });
});
