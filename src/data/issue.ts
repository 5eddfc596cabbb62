/** A problem found in the dataset: where (a path into it), what was expected, what was found. */
export type IssuePath = ReadonlyArray<string | number>;
export interface Issue {
  path: IssuePath;
  /** What was expected, in words. */
  expected: string;
  /** What was found, when there is something to show. */
  found?: unknown;
}
