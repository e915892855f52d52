// custom-elements.json is the kit's public contract (docs tables, Storybook controls, IDE data,
// React wrappers). These checks hold it to docs/api-conventions.mdx and to the source: what
// a component dispatches, renders as a part or slot, or reads as a CSS property is documented.
// Run after `npm run build:manifest` (the `npm test` build step makes it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const manifestPath = join(root, 'packages/elements/custom-elements.json');
const src = join(root, 'packages/elements/src');

assert.ok(existsSync(manifestPath), 'packages/elements/custom-elements.json is missing: run `npm run build:manifest`');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** Every custom element declaration with the module path that holds it. */
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => ({ ...declaration, path: module.path })),
);

function sourceFiles(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );
}
const allSources = sourceFiles(src).map((file) => ({ file, path: relative(root, file), text: readFileSync(file, 'utf8') }));
const allText = allSources.map((source) => source.text).join('\n');
const elementPaths = new Set(elements.map((element) => element.path));

/**
 * The files whose templates, styles and events belong to an element: its own module, and the
 * files of its folder that declare no other element (styles, helpers such as feedback-send.ts).
 */
function sourcesOf(element) {
  return allSources.filter(
    (source) => dirname(source.path) === dirname(element.path) && (source.path === element.path || !elementPaths.has(source.path)),
  );
}

/** Collects failures so one run lists every problem, not only the first. */
function check(run) {
  const problems = [];
  run((condition, message) => {
    if (!condition) problems.push(message);
  });
  assert.deepEqual(problems, [], `\n${problems.join('\n')}\n`);
}

const camelCase = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
/** Native attributes whose DOM property is not their camelCase (`maxlength` → `maxLength`). */
const nativeProperty = { maxlength: 'maxLength', minlength: 'minLength', readonly: 'readOnly', tabindex: 'tabIndex', novalidate: 'noValidate' };
const isPublic = (member) => !member.static && (!member.privacy || member.privacy === 'public') && !member.name.startsWith('_') && !member.name.startsWith('#');

test('every element has a tag, a summary and a description, and a define/ module that registers it', () => {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ ...entry, from: module.path })),
  );
  check((ok) => {
    ok(elements.length >= 11, `only ${elements.length} custom elements in the manifest`);
    for (const element of elements) {
      const name = `<${element.tagName ?? element.name}>`;
      ok(/^qulay-[a-z0-9-]+$/.test(element.tagName ?? ''), `${element.name}: no @tagname qulay-…`);
      ok(element.summary?.trim(), `${name}: no @summary`);
      ok(element.description?.trim(), `${name}: no description (the class JSDoc's first paragraph)`);
      const defined = definitions.find((entry) => entry.name === element.tagName);
      ok(defined, `${name}: no custom-element-definition export (a src/define/ file calling ${element.name}.define('${element.tagName}'))`);
      if (defined) {
        ok(defined.from.includes('/src/define/'), `${name} is registered by ${defined.from}, not a define/ file`);
        ok(defined.declaration.module === element.path, `${name}: the definition points at ${defined.declaration.module}, the class is in ${element.path}`);
      }
    }
  });
});

test('every element class is exported from @qulay/elements', () => {
  const index = manifest.modules.find((module) => module.path === 'packages/elements/src/index.ts');
  assert.ok(index, 'src/index.ts is not in the manifest');
  const exported = new Set((index.exports ?? []).map((entry) => entry.name));
  check((ok) => {
    for (const element of elements) ok(exported.has(element.name), `${element.name} (<${element.tagName}>) is not exported from src/index.ts`);
  });
});

test('every attribute has a description, a type, and the field of the same name', () => {
  check((ok) => {
    for (const element of elements) {
      const fields = new Map((element.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]));
      for (const attribute of element.attributes ?? []) {
        const name = `<${element.tagName}> ${attribute.name}`;
        ok(attribute.description?.trim(), `${name}: no description`);
        ok(attribute.type?.text, `${name}: no type`);
        const expected = camelCase(attribute.name);
        ok(
          attribute.fieldName === expected || attribute.fieldName === nativeProperty[attribute.name],
          `${name}: its property is "${attribute.fieldName}", the convention says "${expected}" (an attribute and its property share one name)`,
        );
        ok(fields.has(attribute.fieldName), `${name}: no field ${attribute.fieldName}`);
        ok(
          !(attribute.name.includes('-') && nativeProperty[attribute.name.replaceAll('-', '')]),
          `${name}: the native name is ${attribute.name.replaceAll('-', '')}`,
        );
        ok(attribute.name !== 'target', `${name}: an id reference is the attribute "for" (like <label for>)`);
        if (attribute.name === 'heading-level') ok(/^number\b/.test(attribute.type?.text ?? ''), `${name}: heading-level is a Number property (type "${attribute.type?.text}")`);
      }
    }
  });
});

test('every public property is documented', () => {
  check((ok) => {
    for (const element of elements) {
      for (const member of (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member))) {
        ok(member.description?.trim(), `<${element.tagName}> property ${member.name}: no description`);
      }
    }
  });
});

/** The verbs a cancelable action event may start with (`qulay-skip`, `qulay-sign-in`, `qulay-send-feedback`). */
const actionVerbs = ['skip', 'sign', 'submit', 'validate', 'send', 'open', 'close', 'select', 'load', 'save', 'retry', 'rate', 'cancel', 'confirm', 'delete', 'reset', 'search', 'start', 'stop', 'request'];

/** `qulay-<noun>-<change|error|toggle|past tense>` after the fact; otherwise a cancelable action, verb first. */
function eventNameProblem(event) {
  if (/^deprecated\b/i.test(event.description ?? '')) return '';
  if (event.name === 'input' || event.name === 'change') return '';
  if (!/^qulay-[a-z0-9]+(-[a-z0-9]+)*$/.test(event.name)) return 'is neither native input/change nor qulay-…';
  const last = event.name.split('-').at(-1);
  if (['change', 'error', 'toggle'].includes(last) || /ed$/.test(last)) return '';
  const verb = event.name.split('-')[1];
  if (!actionVerbs.includes(verb)) {
    return `is not a notification (qulay-<noun>-change|error|toggle|<past tense>) and does not start with a verb (${actionVerbs.join(', ')}; add a verb to this list when a new action needs one)`;
  }
  if (/\bcancelable\b/i.test(event.description ?? '')) return '';
  return 'is an action (verb first) but not documented as cancelable: an action event fires before the kit acts and can be cancelled';
}

test('every documented event has a description, a name in the scheme, and a typed object detail', () => {
  check((ok) => {
    for (const element of elements) {
      for (const event of element.events ?? []) {
        const name = `<${element.tagName}> event ${event.name}`;
        ok(event.name, `<${element.tagName}>: an @fires with no name`);
        ok(event.description?.trim(), `${name}: no description`);
        const problem = eventNameProblem(event);
        ok(!problem, `${name}: the name ${problem}`);
        if (!event.name?.startsWith('qulay-')) continue;
        const declared = new RegExp(`'${event.name}'\\s*:\\s*CustomEvent<\\s*([\\w{]+)`).exec(allText);
        ok(declared, `${name}: not declared in GlobalEventHandlersEventMap or WindowEventMap`);
        if (declared) ok(!/^(string|number|boolean|void|undefined|null|unknown)$/.test(declared[1].trim()), `${name}: detail is a bare ${declared[1]}, not an object`);
      }
    }
  });
});

test('every event the source dispatches is documented, window events included', () => {
  check((ok) => {
    for (const element of elements) {
      const own = new Set((element.events ?? []).map((event) => event.name));
      // A helper module in a folder of several elements (form-steps/submission.ts beside
      // form-step.ts and form-steps.ts) may dispatch for any of them.
      const folder = new Set(
        elements.filter((other) => dirname(other.path) === dirname(element.path)).flatMap((other) => (other.events ?? []).map((event) => event.name)),
      );
      for (const source of sourcesOf(element)) {
        const documented = source.path === element.path ? own : folder;
        const dispatched = [
          ...source.text.matchAll(/\bemit\(\s*'([^']+)'/g),
          ...source.text.matchAll(/\bnew (?:Custom)?Event\(\s*'([^']+)'/g),
        ].map((match) => match[1]);
        for (const name of new Set(dispatched)) ok(documented.has(name), `<${element.tagName}>: ${source.path} dispatches "${name}", which has no @fires`);
        for (const match of source.text.matchAll(/\b(?:window|globalThis|self)\.dispatchEvent\(\s*new (?:Custom)?Event\(\s*'([^']+)'/g)) {
          ok(
            new RegExp(`interface WindowEventMap\\s*\\{[^}]*'${match[1]}'`).test(allText),
            `<${element.tagName}>: the window event "${match[1]}" (${source.path}) is not declared in WindowEventMap`,
          );
        }
      }
    }
  });
});

test('every CSS part and slot in the templates is documented, and every documented one exists', () => {
  check((ok) => {
    for (const element of elements) {
      const text = sourcesOf(element).map((source) => source.text).join('\n');
      // `part="x"` in a template; not `[part="x"]`, a query for another component's part.
      const parts = new Set([...text.matchAll(/(?<![[\w-])part="([^"$]+)"/g)].flatMap((match) => match[1].split(/\s+/)));
      const documentedParts = new Set((element.cssParts ?? []).map((part) => part.name));
      for (const part of parts) ok(documentedParts.has(part), `<${element.tagName}>: part "${part}" is rendered but has no @csspart`);
      for (const part of documentedParts) ok(parts.has(part), `<${element.tagName}>: @csspart ${part} is documented but never rendered`);
      for (const part of element.cssParts ?? []) ok(part.description?.trim(), `<${element.tagName}>: @csspart ${part.name} has no description`);

      // Slots named qulay-… hold the kit's own light-DOM containers (the card's facts), not the agency's content.
      const slots = new Set([...text.matchAll(/<slot(?:\s+name="([^"]*)")?[\s>]/g)].map((match) => match[1] ?? '').filter((slot) => !slot.startsWith('qulay-')));
      const documentedSlots = new Set((element.slots ?? []).map((slot) => slot.name));
      for (const slot of slots) ok(documentedSlots.has(slot), `<${element.tagName}>: ${slot ? `slot "${slot}"` : 'the default slot'} has no @slot`);
      // A light-DOM component has no <slot>: its @slot lines document the content it takes.
      const lightDom = /createRenderRoot\(\)[^{]*\{\s*return this;/.test(text);
      if (!lightDom) for (const slot of documentedSlots) ok(slots.has(slot), `<${element.tagName}>: @slot ${slot || '(default)'} is documented but never rendered`);
      for (const slot of element.slots ?? []) ok(slot.description?.trim(), `<${element.tagName}>: @slot ${slot.name || '(default)'} has no description`);
    }
  });
});

test("every component's own CSS property is documented, and every documented one is read", () => {
  check((ok) => {
    for (const element of elements) {
      const text = sourcesOf(element).map((source) => source.text).join('\n');
      const own = `--${element.tagName}-`;
      const used = new Set([...text.matchAll(/var\(\s*(--qulay-[a-z0-9-]+)/g)].map((match) => match[1]).filter((name) => name.startsWith(own)));
      const documented = new Set((element.cssProperties ?? []).map((property) => property.name));
      for (const name of used) ok(documented.has(name), `<${element.tagName}>: ${name} is read but has no @cssprop`);
      for (const property of element.cssProperties ?? []) {
        ok(property.description?.trim(), `<${element.tagName}>: @cssprop ${property.name} has no description`);
        ok(new RegExp(`${property.name}\\b`).test(text) || new RegExp(`${property.name}\\s*:`).test(allText), `<${element.tagName}>: @cssprop ${property.name} is documented but never used`);
      }
    }
  });
});

test('no component imports a define/ file: dependencies are declared, registration is the define/ files\' job', () => {
  check((ok) => {
    for (const source of allSources) {
      if (source.path.includes('/src/define/') || source.path.endsWith('/src/bundle.ts')) continue;
      for (const match of source.text.matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]*\/define\/[^'"]*)['"]/g)) {
        ok(false, `${source.path} imports ${match[1]}; declare it in static dependencies instead`);
      }
    }
  });
});
