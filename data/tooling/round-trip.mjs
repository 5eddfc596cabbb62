// `node data/tooling/round-trip.mjs [--verbose]`: the spreadsheet round trip of roundTrip.ts, as a
// table per form (cells changed, named by data:check, silent, file refused), for the issue 15 note.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const { module } = await runnerImport(`${root}data/tooling/roundTrip.ts`, { root, logLevel: 'silent', configFile: false });
const binary = await module.findSoffice();
if (!binary) {
  console.error('LibreOffice (soffice) not found: apt-get install libreoffice-calc-nogui');
  process.exit(2);
}
const work = await mkdtemp(join(tmpdir(), 'wannacry-roundtrip-'));
const started = Date.now();
try {
  const trips = await module.roundTrip(binary, `${root}data`, work);
  console.log(`LibreOffice round trip in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const trip of trips) {
    const verdicts = await module.compareTrip(`${root}data`, trip);
    console.log(`\n## ${trip.form.label}\n`);
    console.log('| table | cells changed | named by data:check (file, line, column) | silent | file refused | data:check says (first line about the table) |');
    console.log('|---|---:|---:|---:|---|---|');
    const clip = (s) => (s.length > 160 ? `${s.slice(0, 159)}…` : s);
    for (const v of verdicts) {
      const first = v.note ?? v.messages[0];
      console.log(`| ${v.file} | ${v.changed.length} | ${v.named.length} | ${v.silent.length} | ${v.refused ? 'yes' : ''} | ${first ? `\`${clip(first).replace(/\|/g, '\\|')}\`` : ''} |`);
    }
    const total = (k) => verdicts.reduce((n, v) => n + v[k].length, 0);
    console.log(`| **all** | ${total('changed')} | ${total('named')} | ${total('silent')} | ${verdicts.filter((v) => v.refused).length} tables | |`);
    for (const v of verdicts) {
      const show = verbose ? v.changed : v.silent;
      for (const c of show) console.log(`${v.silent.includes(c) ? 'SILENT ' : v.named.includes(c) ? 'named  ' : 'refused'} ${module.describeChange(c)}`);
      if (verbose) for (const m of v.messages) console.log(`  data:check: ${m}`);
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
