/**
 * Rules about where a claim comes from and when it became public. They turn the dataset's promises
 * into checks that `npm run data:check`, the build and the browser all run:
 *
 * 1. a country with evidence has at least one report dated to the day (the time control places it);
 * 2. no row is dated before its source existed (a source's publication date, or for an undated
 *    page the earliest moment it is proven to exist);
 * 3. a figure's quote contains the figure, or the figure says how it was derived.
 */
import type { Dataset, Source } from './schema.ts';
import type { Issue, IssuePath } from './issue.ts';
import { evidenceRows } from './derive/evidence.ts';

/** True when an ISO date names at least a day (2017-05-12 or 2017-05-12T09:25Z). */
export const isDatedToTheDay = (iso: string) => iso.length >= 10;

/**
 * True when a row dated `reported` would count before its source existed (`existed`). Both are
 * compared at the coarser of their precisions, since a date to the day covers every hour of it:
 * a row reported "2017-05-12" from a source of "2017-05-12T20:00Z" is fine (it counts from the end
 * of the day), one reported "2017-05-12" from a source of "2017-05-14" is not.
 */
export function isBeforeSource(reported: string, existed: string): boolean {
  const length = Math.min(reported.length, existed.length);
  return reported.slice(0, length) < existed.slice(0, length);
}

/** When a source is known to exist: its publication date, else the proof that the page existed. */
export const sourceExistedFrom = (source: Source): string | undefined => source.date ?? source.firstSeen;

// Words for small numbers in the languages of our sources, for quotes such as "four trusts".
const NUMBER_WORDS: Record<string, number> = {};
const WORD_LISTS: Record<string, string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'],
  no: ['null', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'],
  sv: ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'],
  is: ['núll', 'einn', 'tvö', 'þrjú', 'fjögur', 'fimm', 'sex', 'sjö', 'átta', 'níu', 'tíu'],
  et: ['null', 'üks', 'kaks', 'kolm', 'neli', 'viis', 'kuus', 'seitse', 'kaheksa', 'üheksa', 'kümme'],
  lv: ['nulle', 'viens', 'divi', 'trīs', 'četri', 'pieci', 'seši', 'septiņi', 'astoņi', 'deviņi', 'desmit'],
  ko: ['영', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'],
};
for (const words of Object.values(WORD_LISTS)) words.forEach((w, n) => (NUMBER_WORDS[w] ??= n));
// Inflected forms and round numbers that our quotes use ("septiņām personām", "ألفي جهاز").
Object.assign(NUMBER_WORDS, {
  no: 0, none: 0, una: 1, une: 1, uma: 1, duas: 2, ein: 1, eine: 1, dozen: 12, twenty: 20, zwanzig: 20, thirty: 30,
  hundred: 100, sata: 100, septiņām: 7, тысяча: 1000, тысячи: 1000, ألف: 1000, ألفي: 2000, هزار: 1000, دوهزار: 2000,
});

// Multipliers written after a number ("6.2 million", "£72m", "1,5 млн"); the bare number is also
// tried, because a figure may be stored in the unit the source uses ("72", unit "£ million").
const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^(billion|billions|bn|milliards?|miliardi?|mil millones|млрд)/i, 1e9],
  [/^(million|millions|millones|milhões|milhoes|millionen|mio\.?|mln|млн|m\b)/i, 1e6],
  [/^(thousand|thousands|mil\b|tausend|тыс|k\b)/i, 1e3],
  [/^万/, 1e4],
  [/^亿/, 1e8],
];

/** Every number a text can be read as saying, under both decimal conventions and its multiplier. */
export function numbersInText(text: string): number[] {
  const out: number[] = [];
  const token = /(?:\d+|(?=\.\d))(?:[.,\u00a0\u202f' ]\d+)*/g;
  for (const match of text.matchAll(token)) {
    const raw = match[0];
    const after = text.slice(match.index! + raw.length).replace(/^\s+/, '');
    const multiplier = MULTIPLIERS.find(([re]) => re.test(after))?.[1];
    const digitsOnly = raw.replace(/\D/g, '');
    const readings = new Set<number>([Number(digitsOnly)]);
    const lastSeparator = raw.search(/[.,][^.,]*$/);
    if (lastSeparator >= 0) {
      // The last "." or "," may be a decimal point: "6.2", "1,5", "0.54".
      const whole = raw.slice(0, lastSeparator).replace(/\D/g, '');
      readings.add(Number(`${whole}.${raw.slice(lastSeparator + 1).replace(/\D/g, '')}`));
    }
    for (const n of readings) {
      out.push(n);
      if (multiplier) out.push(n * multiplier);
    }
  }
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (word in NUMBER_WORDS) out.push(NUMBER_WORDS[word]!);
  }
  return out;
}

/** True when a quote states `value` (sign aside: "fell by 4%" states −4). */
export function quoteStatesValue(quote: string, value: number): boolean {
  const target = Math.abs(value);
  return numbersInText(quote).some((n) => Math.abs(n - target) <= Math.max(1e-9, target * 1e-9));
}

interface FigureLike {
  value?: number | undefined;
  valueMax?: number | undefined;
  quote?: string | undefined;
  derived?: string | undefined;
}

function checkFigureQuote(figure: FigureLike, at: IssuePath, issues: Issue[]) {
  if (figure.quote === undefined || figure.derived !== undefined) return;
  for (const key of ['value', 'valueMax'] as const) {
    const value = figure[key];
    if (value !== undefined && !quoteStatesValue(figure.quote, value)) {
      issues.push({
        path: [...at, 'quote'],
        expected: `a quote that contains the ${key === 'value' ? 'figure' : 'upper value'} ${value}, or "derived" showing the arithmetic and its inputs`,
        found: figure.quote,
      });
    }
  }
}

/** The provenance rules above, as issues with paths into the dataset. */
export function checkProvenance(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const measures = new Map(d.measures.map((m) => [m.id, m]));

  const checkDated = (row: { reported: string; sourceId: string }, at: IssuePath) => {
    const source = sources.get(row.sourceId);
    if (!source) return; // an unknown source id is reported by the cross-reference rule
    const existed = sourceExistedFrom(source);
    if (existed === undefined) {
      issues.push({
        path: [...at, 'sourceId'],
        expected: `a source with a date or first_seen (source "${source.id}" is undated, so nothing proves when this row became public)`,
        found: row.sourceId,
      });
    } else if (isBeforeSource(row.reported, existed)) {
      issues.push({
        path: [...at, 'reported'],
        expected: `a date on or after the source's ${source.date ? 'publication date' : 'first_seen'} (${existed}, source "${source.id}")`,
        found: row.reported,
      });
    }
  };

  d.countries.forEach((country, c) => {
    country.figures.forEach((figure, f) => {
      checkDated(figure, ['countries', c, 'figures', f]);
      checkFigureQuote(figure, ['countries', c, 'figures', f], issues);
    });
    country.reports.forEach((report, r) => checkDated(report, ['countries', c, 'reports', r]));
    const evidence = evidenceRows(country, measures);
    if (evidence.length && !evidence.some((row) => isDatedToTheDay(row.reported))) {
      issues.push({
        path: ['countries', c],
        expected: `at least one report or figure for ${country.iso3} dated to the day (like 2017-05-13), so the time control can place the country`,
        found: evidence.map((row) => row.reported).join(', '),
      });
    }
  });
  d.globalTotals.forEach((total, i) => {
    checkDated(total, ['globalTotals', i]);
    checkFigureQuote(total, ['globalTotals', i], issues);
  });
  d.nhs.figures.forEach((figure, i) => checkFigureQuote(figure, ['nhs', 'figures', i], issues));
  d.ransom.facts.forEach((fact, i) => checkFigureQuote(fact, ['ransom', 'facts', i], issues));
  return issues;
}
