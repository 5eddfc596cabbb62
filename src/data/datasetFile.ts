/** Where the published dataset lives, relative to the page (dist/data/wannacry.json on the host). */
export const DATASET_FILE = 'data/wannacry.json';
