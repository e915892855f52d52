/**
 * What form steps counts as a field, and how it names one. A field is a native input,
 * select or textarea, or any form-associated custom element (`<qulay-rating>`, an agency's
 * own control): they are validated, summarised, reviewed and drafted alike.
 */

/** A native control or a form-associated custom element. */
export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | FormAssociated;

/**
 * The standard surface of a form-associated custom element, all of it optional: an element
 * that keeps its ElementInternals private is still checked through the `:invalid` pseudo-class.
 */
export interface FormAssociated extends HTMLElement {
  name?: string;
  value?: unknown;
  validity?: ValidityState;
  validationMessage?: string;
  checkValidity?: () => boolean;
}

const nativeSelector =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea';

/** Set by an agency on a field whose spaces mean nothing ("1234 5678 9012 34"): they are removed before checking and sending. */
export const stripSpacesAttribute = 'data-qulay-strip-spaces';

export function isFormAssociated(element: Element): element is FormAssociated {
  return element.localName.includes('-') && (element.constructor as { formAssociated?: unknown }).formAssociated === true;
}

export function isNativeField(element: Element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  return element.matches(nativeSelector);
}

export function isField(element: unknown): element is Field {
  return element instanceof HTMLElement && (isNativeField(element) || isFormAssociated(element));
}

/** Every field inside `root`, in document order, leaving out the kit's own chrome. */
export function fieldsIn(root: Element): Field[] {
  return [...root.querySelectorAll('*')].filter((el): el is Field => isField(el) && !el.closest('[data-qulay-steps]'));
}

/** Radio buttons and checkboxes: answered as a group of the same name. */
export function isChoice(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
}

export function fieldName(field: Field): string {
  return (isNativeField(field) ? field.name : (field.getAttribute('name') ?? '')) || '';
}

export function isDisabled(field: Field): boolean {
  return field.matches(':disabled');
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The `<label>` elements of a field: native `labels`, or `for` / wrapping labels of a custom element. */
export function labelsOf(field: Field): HTMLLabelElement[] {
  if (isNativeField(field)) return [...(field.labels ?? [])];
  const labels = new Set<HTMLLabelElement>();
  const root = field.getRootNode() as Document | ShadowRoot;
  if (field.id && 'querySelectorAll' in root) {
    for (const label of root.querySelectorAll<HTMLLabelElement>(`label[for="${CSS.escape(field.id)}"]`)) labels.add(label);
  }
  const wrapping = field.closest('label');
  if (wrapping) labels.add(wrapping);
  return [...labels];
}

/** The fieldset that groups a radio or checkbox group (or a custom control), if any. */
export function groupOf(field: Field): HTMLFieldSetElement | null {
  return isChoice(field) || !isNativeField(field) ? field.closest('fieldset') : null;
}

/** The element whose text names the field: the group's legend, its label, its `aria-labelledby`. */
export function labelElement(field: Field): HTMLElement | null {
  const legend = groupOf(field)?.querySelector<HTMLElement>(':scope > legend');
  if (legend && (isChoice(field) || !labelsOf(field).length)) return legend;
  const label = labelsOf(field)[0];
  if (label) return label;
  const by = field.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  return by ? document.getElementById(by) : null;
}

/** The field's name as a person reads it; its `name` when it has no label at all. */
export function labelText(field: Field): string {
  return text(labelElement(field)) || field.getAttribute('aria-label')?.trim() || field.getAttribute('label')?.trim() || fieldName(field);
}

/** The text of an element, white space collapsed. */
export { text as plainText };

/** The field's text value as typed (empty for choices, files and custom controls). */
export function typedValue(field: Field): string {
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '';
}

/**
 * The value the kit checks and sends: leading and trailing white space never counts, and a
 * field marked `data-qulay-strip-spaces` loses every space ("1234 5678 9012 34" → 14 digits).
 */
export function checkedValue(field: Field, value = typedValue(field)): string {
  return field.hasAttribute(stripSpacesAttribute) ? value.replace(/\s+/g, '') : value.trim();
}

/** The form-associated element's current value as the form would send it. */
export function formValues(field: FormAssociated, form: HTMLFormElement): string[] {
  const name = fieldName(field);
  if (!name) return [];
  return new FormData(form).getAll(name).filter((v): v is string => typeof v === 'string');
}

/** Sends `data-qulay-strip-spaces` fields without their spaces (a `formdata` listener); the field keeps what was typed. */
export function sendWithoutSpaces(form: HTMLFormElement, data: FormData): void {
  const names = new Set(fieldsIn(form).filter((f) => isNativeField(f) && f.hasAttribute(stripSpacesAttribute)).map(fieldName).filter(Boolean));
  for (const name of names) {
    const values = data.getAll(name);
    data.delete(name);
    for (const value of values) data.append(name, typeof value === 'string' ? value.replace(/\s+/g, '') : value);
  }
}

/** Errors (or anything with a field) in page order. */
export function sortByPage<T extends { field: Element }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
