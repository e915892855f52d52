// Splits eSpeak NG's 24 MB Emscripten data package into what a page needs: the phoneme
// tables and language definitions every voice uses (common.bin, ~0.7 MB), and one
// dictionary per language (uz 2.5 KB … ru 8.5 MB), so a page fetches only its languages.
// Writes dist/espeak/: espeak-ng.js (the upstream module without its data preloading),
// data/index.json, data/common.bin, data/<lang>_dict, and COPYING.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const upstream = dirname(require.resolve('@echogarden/espeak-ng-emscripten/package.json'));
const { version } = JSON.parse(readFileSync(join(upstream, 'package.json'), 'utf8'));
const out = join(here, '..', 'dist', 'espeak');
mkdirSync(join(out, 'data'), { recursive: true });

const source = readFileSync(join(upstream, 'espeak-ng.js'), 'utf8');
const call = /loadPackage\((\{files:\[.*?\],remote_package_size:\d+\})\)/s.exec(source);
if (!call) throw new Error('build-data: the data package call was not found in espeak-ng.js; has the upstream build changed?');
// The metadata is a JavaScript object literal of plain data; turn it into JSON to read it.
const metadata = JSON.parse(call[1].replace(/([{,])(\w+):/g, '$1"$2":'));
// Without this call the module loads no data of its own; the worker writes the files it fetched.
// Its Node-only `import("module")` becomes a computed one, so browser-side tools that resolve
// static imports (dev servers, bundlers) leave it alone; Node still takes that branch.
const patched = source
  .replace(call[0], 'void 0 /* data loaded by @qulay/speech-engine-espeak */')
  .replaceAll('await import("module")', 'await import(["node", "module"].join(":"))');
writeFileSync(join(out, 'espeak-ng.js'), patched);

const data = readFileSync(join(upstream, 'espeak-ng.data'));
const prefix = '/usr/share/espeak-ng-data/';
const languages = ['uz', 'kaa', 'kk', 'ru', 'en'];
const commonFiles = metadata.files.filter(({ filename }) => {
  const name = filename.slice(prefix.length);
  return ['phontab', 'phonindex', 'phondata', 'intonations'].includes(name) || name.startsWith('lang/');
});
const index = { upstream: version, common: {}, dictionaries: {} };
const parts = [];
let offset = 0;
for (const { filename, start, end } of commonFiles) {
  index.common[filename.slice(prefix.length)] = [offset, offset + end - start];
  parts.push(data.subarray(start, end));
  offset += end - start;
}
writeFileSync(join(out, 'data', 'common.bin'), Buffer.concat(parts));
for (const language of languages) {
  const file = metadata.files.find(({ filename }) => filename === `${prefix}${language}_dict`);
  writeFileSync(join(out, 'data', `${language}_dict`), data.subarray(file.start, file.end));
  index.dictionaries[language] = { file: `${language}_dict`, bytes: file.end - file.start };
}
writeFileSync(join(out, 'data', 'index.json'), JSON.stringify(index, null, 1));
copyFileSync(join(upstream, 'COPYING'), join(out, 'COPYING'));
console.log(`eSpeak NG ${version}: common.bin ${offset} bytes, dictionaries ${languages.map((l) => `${l} ${index.dictionaries[l].bytes}`).join(', ')}`);
