// Every string ships in every language: each trans-unit of each XLIFF file needs a
// non-empty <target>. Prints one line per file and exits non-zero on any gap.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../../packages/core/xliff/', import.meta.url).pathname;
const expected = ['uz-Latn', 'uz-Cyrl', 'kaa-Latn', 'ru'];
// Drafted by the team, not by native speakers: every string says so until one has read it.
const needsReviewNote = new Set(['uz-Cyrl', 'kaa-Latn']);
let problems = 0;
let units = 0;

for (const locale of expected) {
  const file = join(dir, `${locale}.xlf`);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`missing XLIFF file for ${locale}: ${file}`);
    problems++;
    continue;
  }
  const blocks = text.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
  for (const block of blocks) {
    units++;
    const id = /id="([^"]+)"/.exec(block)?.[1];
    const source = /<source>([\s\S]*?)<\/source>/.exec(block)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(block)?.[1];
    if (target === undefined || !target.trim()) {
      console.error(`${locale}: ${id} has no translation of "${source}"`);
      problems++;
    } else if (needsReviewNote.has(locale) && !/<note from="translator">[^<]*native/.test(block)) {
      console.error(`${locale}: ${id} ("${source}") has no translator note asking for native review`);
      problems++;
    }
  }
  console.log(`${locale}: ${blocks.length} strings`);
}
const stray = readdirSync(dir).filter((f) => !expected.includes(f.replace(/\.xlf$/, '')));
if (stray.length) console.warn(`unexpected files in ${dir}: ${stray.join(', ')}`);
console.log(`XLIFF: ${units} translations checked, ${problems} missing`);
process.exit(problems ? 1 : 0);
