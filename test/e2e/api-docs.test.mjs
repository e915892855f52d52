// The docs pages' API tables come from custom-elements.json (test/tools/api-tables.mjs): every
// element has its block on a page, and every block is what the manifest says today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pages, readElements } from '../tools/api-tables.mjs';

const elements = readElements();
const list = pages(elements);

test('every element has an API block on a docs page, and every block names a real element', () => {
  const documented = new Set(list.flatMap((page) => page.tags));
  const missing = [...elements.keys()].filter((tag) => !documented.has(tag));
  assert.deepEqual(missing, [], `no {/* api:start <tag> */}…{/* api:end */} block in docs/components/ for: ${missing.join(', ')}`);
  assert.deepEqual(list.flatMap((page) => page.problems), []);
});

test('the API tables are up to date with custom-elements.json', () => {
  const stale = list.filter((page) => page.text !== page.expected).map((page) => `docs/components/${page.name}`);
  assert.deepEqual(stale, [], `out of date: ${stale.join(', ')}. Run \`npm run docs:api\` and commit the pages.`);
});
