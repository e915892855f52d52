import { setHidden } from '@qulay/core';
import { fieldName, fieldsIn, isChoice, labelsOf, type Field } from './fields.js';

/**
 * The simplified layout's "one question per page". A question is a field with everything that
 * belongs to it, wherever the agency put it: its labels (`for` or wrapping), its hint
 * (`aria-describedby` targets, or a `.hint` / `[data-qulay-hint]` next to the field or label),
 * its error message, and the fieldset and legend of a radio group or of grouped inputs.
 * Other content (an introduction, an image) goes with the question that follows it.
 */
export interface Question {
  fields: Field[];
  /** The step's nodes shown for this question (the agency's wrappers, or loose siblings). */
  nodes: HTMLElement[];
}

const hintSelector = '.hint, [data-qulay-hint]';
const isChrome = (el: Element) => el.hasAttribute('data-qulay-steps');

/** The element right before or after `el`, passing over line breaks. */
function neighbour(el: Element, direction: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let next = el[direction];
  while (next?.localName === 'br') next = next[direction];
  return next;
}

type Side = 'before' | 'after';

/**
 * What belongs to one question: what is certain (fields, fieldset, labels, `aria-describedby`
 * and `aria-labelledby` targets), and hints found next to the field or its label, with the
 * side they sit on.
 */
function anchorsOf(fields: Field[], step: Element): { certain: Element[]; hints: Array<{ hint: Element; side: Side }> } {
  const certain = new Set<Element>();
  const hints: Array<{ hint: Element; side: Side }> = [];
  const hintNear = (el: Element, direction: 'previousElementSibling' | 'nextElementSibling', side: Side) => {
    const hint = neighbour(el, direction);
    if (hint?.matches(hintSelector)) hints.push({ hint, side });
  };
  for (const field of fields) {
    const fieldset = field.closest('fieldset');
    if (fieldset && step.contains(fieldset)) certain.add(fieldset);
    certain.add(field);
    const labels = labelsOf(field);
    for (const label of labels) certain.add(label);
    for (const attribute of ['aria-describedby', 'aria-labelledby']) {
      for (const id of field.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? []) {
        const target = document.getElementById(id);
        if (target && step.contains(target)) certain.add(target);
      }
    }
    hintNear(field, 'previousElementSibling', 'before');
    for (const label of labels) {
      hintNear(label, 'previousElementSibling', 'before');
      hintNear(label, 'nextElementSibling', 'before');
    }
    hintNear(field, 'nextElementSibling', 'after');
  }
  return { certain: [...certain], hints };
}

/**
 * Gives each hint to one question. A hint next to one question only is its own, and says on
 * which side this agency puts hints; a hint between two questions (after one field, before the
 * next label) follows that habit, and comes before its field when the step shows none.
 */
function ownHints(found: ReturnType<typeof anchorsOf>[], groups: Field[][], owner: Map<Element, number>): void {
  let habit = 0;
  found.forEach(({ certain }, i) => {
    for (const hint of certain) {
      if (hint.matches(hintSelector)) habit += groups[i][0].compareDocumentPosition(hint) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1;
    }
  });
  const claims = new Map<Element, Array<{ i: number; side: Side }>>();
  found.forEach(({ hints }, i) => {
    for (const { hint, side } of hints) if (!owner.has(hint)) claims.set(hint, [...(claims.get(hint) ?? []), { i, side }]);
  });
  for (const [hint, list] of claims) {
    if (new Set(list.map((c) => c.i)).size > 1) continue;
    owner.set(hint, list[0].i);
    habit += list.some((c) => c.side === 'before') ? 1 : -1;
  }
  const side: Side = habit >= 0 ? 'before' : 'after';
  for (const [hint, list] of claims) if (!owner.has(hint)) owner.set(hint, (list.find((c) => c.side === side) ?? list[0]).i);
}

/** Groups the step's fields: one fieldset, one radio or checkbox name, or one field. */
function groupFields(step: Element): Field[][] {
  const groups = new Map<unknown, Field[]>();
  for (const field of fieldsIn(step)) {
    const fieldset = field.closest('fieldset');
    const key = fieldset && step.contains(fieldset) ? fieldset : isChoice(field) && fieldName(field) ? `choice:${fieldName(field)}` : field;
    groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  return [...groups.values()];
}

/** The step's questions, in page order. */
export function questionsOf(step: HTMLElement): Question[] {
  const groups = groupFields(step);
  const owner = new Map<Element, number>();
  const found = groups.map((fields) => anchorsOf(fields, step));
  found.forEach(({ certain }, i) => certain.forEach((anchor) => owner.has(anchor) || owner.set(anchor, i)));
  ownHints(found, groups, owner);
  const questions: Question[] = groups.map((fields) => ({ fields, nodes: [] }));
  /** The questions an element holds: its own anchors and those inside it. */
  const ownersIn = (el: Element) => {
    const found = new Set<number>();
    if (owner.has(el)) found.add(owner.get(el)!);
    for (const [anchor, i] of owner) if (el.contains(anchor)) found.add(i);
    return found;
  };
  let loose: HTMLElement[] = [];
  const place = (parent: Element) => {
    for (const child of parent.children) {
      if (!(child instanceof HTMLElement) || isChrome(child)) continue;
      const found = ownersIn(child);
      if (found.size > 1 && !owner.has(child)) {
        // A wrapper around several questions stays; its parts are shared out.
        place(child);
      } else if (found.size >= 1) {
        const i = owner.get(child) ?? [...found][0];
        questions[i].nodes.push(...loose, child);
        loose = [];
      } else {
        loose.push(child);
      }
    }
  };
  place(step);
  if (questions.length) questions[questions.length - 1].nodes.push(...loose);
  return questions;
}

/** The question that holds `field`. */
export function questionIndexOf(questions: Question[], field: Field): number {
  return questions.findIndex((q) => q.fields.includes(field) || q.nodes.some((node) => node.contains(field)));
}

/**
 * Shows only `current` (or every question, with -1), through `setHidden` so page CSS cannot
 * undo it. Only what the kit hid is shown again: the agency's own hidden nodes stay hidden.
 */
export class QuestionPager {
  private hiddenByKit = new Set<HTMLElement>();

  apply(questions: Question[], current: number): void {
    const hide = new Set<HTMLElement>();
    if (current >= 0) questions.forEach((q, i) => i !== current && q.nodes.forEach((node) => hide.add(node)));
    const hiddenNow = new Set<HTMLElement>();
    for (const node of hide) {
      if (node.hidden && !this.hiddenByKit.has(node)) continue;
      setHidden(node, true);
      hiddenNow.add(node);
    }
    for (const node of this.hiddenByKit) if (!hiddenNow.has(node)) setHidden(node, false);
    this.hiddenByKit = hiddenNow;
  }

  showAll(): void {
    this.apply([], -1);
  }
}
