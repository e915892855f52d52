// The API tables of each component docs page, written from custom-elements.json, so the docs
// cannot drift from the JSDoc. A page marks where each element's tables go:
//
//   {/* api:start qulay-x */}
//   …generated…
//   {/* api:end */}
//
// `npm run docs:api` (re)writes the blocks; `node test/tools/api-tables.mjs --check` lists the
// pages that are out of date and exits 1 (test/e2e/api-docs.test.mjs runs it in `npm test`).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
export const docsDirectory = join(root, 'docs/components');
export const manifestPath = join(root, 'packages/elements/custom-elements.json');
const blockPattern = /\{\/\* api:start (qulay-[a-z0-9-]+) \*\/\}[\s\S]*?\{\/\* api:end \*\/\}/g;

/** Text for an MDX table cell: one line, `|` escaped, and `{ } < >` escaped outside code spans (MDX reads them as JSX). */
function cell(text = '') {
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .trim();
}

const code = (text) => (text ? `\`${String(text).replace(/\s*\n\s*/g, ' ').replace(/`/g, "'")}\`` : '');

function table(headings, rows) {
  if (!rows.length) return '';
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** The generated block for one element. */
export function apiBlock(element) {
  const isPublic = (member) => !member.static && (!member.privacy || member.privacy === 'public');
  const attributes = element.attributes ?? [];
  const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member) && !attributeFields.has(member.name));
  const sections = [
    ['Attributes', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description]))],
    [
      'Properties (script only)',
      table(['Property', 'Type', 'Default', 'Description'], properties.map((p) => [code(p.name), code(p.type?.text), code(p.default), `${p.readonly ? 'Read-only. ' : ''}${p.description ?? ''}`])),
    ],
    ['Events', table(['Event', 'Description'], (element.events ?? []).map((e) => [code(e.name), e.description]))],
    ['Slots', table(['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]))],
    ['CSS parts', table(['Part', 'Description'], (element.cssParts ?? []).map((p) => [code(p.name), p.description]))],
    ['CSS custom properties', table(['Property', 'Description'], (element.cssProperties ?? []).map((p) => [code(p.name), p.description]))],
  ].filter(([, body]) => body);
  return [
    `{/* api:start ${element.tagName} */}`,
    '',
    `{/* Generated from custom-elements.json by \`npm run docs:api\`: edit the component's JSDoc, not this block. */}`,
    '',
    `## \`<${element.tagName}>\` API`,
    '',
    ...sections.flatMap(([title, body]) => [`### ${title}`, '', body, '']),
    '{/* api:end */}',
  ].join('\n');
}

export function readElements(path = manifestPath) {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  return new Map(manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d])));
}

/** Each page with its current text, the text it should have, and problems (unknown tags). */
export function pages(elements = readElements()) {
  return readdirSync(docsDirectory)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const path = join(docsDirectory, name);
      const text = readFileSync(path, 'utf8');
      const problems = [];
      const tags = [];
      const expected = text.replace(blockPattern, (block, tag) => {
        tags.push(tag);
        const element = elements.get(tag);
        if (!element) {
          problems.push(`${name}: no <${tag}> in custom-elements.json`);
          return block;
        }
        return apiBlock(element);
      });
      return { name, path, text, expected, tags, problems };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = pages();
  const problems = list.flatMap((page) => page.problems);
  if (process.argv.includes('--check')) {
    const stale = list.filter((page) => page.text !== page.expected).map((page) => page.name);
    for (const name of stale) problems.push(`docs/components/${name}: the API tables are out of date; run \`npm run docs:api\``);
  } else {
    for (const page of list) if (page.text !== page.expected) writeFileSync(page.path, page.expected);
  }
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
