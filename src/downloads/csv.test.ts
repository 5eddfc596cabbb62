import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv()', () => {
  it('starts with a BOM, quotes what needs quoting and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['Côte d\'Ivoire', 'say "hi", then go'], [1.5, undefined]])).toBe('\uFEFFa,b\r\nCôte d\'Ivoire,"say ""hi"", then go"\r\n1.5,\r\n');
  });
  it('defuses cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(toCsv(['x'], [['=HYPERLINK("x")'], ['-4'], ['@cmd']])).toBe('\uFEFFx\r\n"\'=HYPERLINK(""x"")"\r\n-4\r\n\'@cmd\r\n');
  });
});
