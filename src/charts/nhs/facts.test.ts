import { describe, expect, it } from 'vitest';
import type { Fact } from '../../data/schema.ts';
import { describeFact, editionLabel, factsWithPrefix } from './facts.ts';

const fact = (fields: Partial<Fact>): Fact => ({ id: 'x', label: 'x', sourceId: 's', locator: 'p1', ...fields });

describe('describeFact()', () => {
  it('writes a count with its unit', () => {
    expect(describeFact(fact({ value: 0, unit: 'organisations (of 80)' }))).toBe('0 organisations (of 80)');
    expect(describeFact(fact({ value: 1220, unit: 'devices' }))).toBe('1,220 devices');
  });
  it('writes percentages with a per cent sign', () => {
    expect(describeFact(fact({ value: 5, unit: 'percent (about)' }))).toBe('5% (about)');
    expect(describeFact(fact({ text: '>90', unit: 'percent of devices' }))).toBe('>90% of devices');
    expect(describeFact(fact({ text: '4.7%', unit: 'percent' }))).toBe('4.7%');
  });
  it('writes a range as published', () => {
    expect(describeFact(fact({ value: 14, valueMax: 16, unit: 'million' }))).toBe('14 to 16 million');
  });
  it('leaves out units that classify rather than measure', () => {
    expect(describeFact(fact({ text: 'none', unit: 'qualitative' }))).toBe('none');
    expect(describeFact(fact({ text: 'all', unit: 'share of infected organisations' }))).toBe('all');
    expect(describeFact(fact({ text: 'Windows 7 (supported but unpatched)', unit: 'category' }))).toBe('Windows 7 (supported but unpatched)');
  });
  it('is empty for a fact with neither value nor text', () => {
    expect(describeFact(fact({}))).toBe('');
  });
});

describe('editionLabel()', () => {
  it('names the month of the source', () => {
    expect(editionLabel({ id: 'a', publisher: 'NAO', title: 't', url: 'https://a.b', date: '2018-04-25' })).toBe('April 2018');
    expect(editionLabel({ id: 'a', publisher: 'NAO', title: 't', url: 'https://a.b' })).toBe('undated');
  });
});

describe('factsWithPrefix()', () => {
  it('keeps dataset order', () => {
    const facts = new Map([fact({ id: 'why_b' }), fact({ id: 'cost' }), fact({ id: 'why_a' })].map((f) => [f.id, f]));
    expect(factsWithPrefix(facts, 'why_').map((f) => f.id)).toEqual(['why_b', 'why_a']);
  });
});
