import type { QulayElement } from '@qulay/core';
import { checkedValue, fieldName, fieldsIn, formValues, isChoice, isDisabled, isField, isNativeField, sortByPage, typedValue, type Field } from './fields.js';
import { failureOf, validationMessage, type Failure } from './validation-messages.js';

/** One error on one field. */
export interface FieldError {
  field: Field;
  message: string;
  /** The kit's own message, read again (in a new language): the agency's and the server's have none. */
  again?: () => string;
}

/** Inputs whose typed text the kit checks itself, so that white space is judged as a person means it. */
const typedTypes = new Set(['text', 'search', 'tel', 'url', 'email', 'password']);

function isTyped(field: Field): field is HTMLInputElement | HTMLTextAreaElement {
  return field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && typedTypes.has(field.type));
}

/** The browser's `pattern` rule, on the value the kit checks (an invalid pattern is ignored, as browsers do). */
function matchesPattern(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'v').test(value);
  } catch {
    return true;
  }
}

/**
 * Checks one typed field on its trimmed value (or its value without spaces, with
 * `data-qulay-strip-spaces`): a field of spaces is empty, and "1234 5678 9012 34" can match
 * `pattern="\d{14}"`. The browser's own state only decides the rules trimming cannot change.
 */
function checkTyped(field: HTMLInputElement | HTMLTextAreaElement): string | null {
  const value = field.type === 'password' ? typedValue(field) : checkedValue(field);
  const fail = (failure: Failure, options?: { spaces: boolean }) => validationMessage(field, failure, options);
  if (!value) return field.required ? fail('required') : null;
  const pattern = field instanceof HTMLInputElement ? field.getAttribute('pattern') : null;
  if (pattern !== null && !matchesPattern(pattern, value)) return fail('pattern', { spaces: /\s/.test(value) });
  if (field.minLength > 0 && value.length < field.minLength) return fail('minlength');
  if (field.maxLength >= 0 && value.length > field.maxLength) return fail('maxlength');
  const v = field.validity;
  if (v.typeMismatch || v.badInput || v.rangeUnderflow || v.rangeOverflow || v.stepMismatch || v.customError) return fail(failureOf(v));
  return null;
}

/**
 * Checks a form-associated custom element through the standard API (`validity`), or the
 * `:invalid` pseudo-class when it keeps its internals private. A `required` one with no value in
 * the form is empty whatever its own validity says (some set it only after rendering).
 */
function checkCustom(field: Field): string | null {
  const v = 'validity' in field && field.validity instanceof ValidityState ? field.validity : null;
  if (v && !v.valid) return validationMessage(field, failureOf(v));
  if (!v && field.matches(':invalid')) return validationMessage(field, field.hasAttribute('required') ? 'required' : 'invalid');
  const form = field.closest('form');
  if (field.hasAttribute('required') && form && !formValues(field, form).some((value) => value.trim())) return validationMessage(field, 'required');
  return null;
}

/** The message for one field, or null when it is fine. Disabled fields are never checked. */
export function checkField(field: Field): string | null {
  if (isDisabled(field)) return null;
  if (!isNativeField(field)) return checkCustom(field);
  if (isTyped(field)) return checkTyped(field);
  return field.validity.valid ? null : validationMessage(field, failureOf(field.validity));
}

/** How an agency adds its own rules: `setError(field or name, message)`; false skips the browser's checks. */
export type AgencyRules = (setError: (field: HTMLElement | string, message: string) => void) => boolean;

/** The agency's rules for step `index`: the cancelable `qulay-validate` event of the component. */
export function agencyRules(host: Pick<QulayElement, 'emit'>, index: number): AgencyRules {
  return (setError) => host.emit('qulay-validate', { step: index, setError }, { cancelable: true });
}

/** Two radios or checkboxes of one group: the group has one error, the first given (the agency's). */
function sameGroup(a: Field, b: Field): boolean {
  return isChoice(a) && isChoice(b) && !!a.name && a.name === b.name && a.form === b.form;
}

/**
 * Checks `fields` (all of `step` by default; a radio group once) and adds the agency's rules
 * for them. Each field (and each radio or checkbox group) has one error at most, the agency's first; errors come in page order.
 */
export function checkFields(step: Element, addRules: AgencyRules, fields: Field[] = fieldsIn(step)): FieldError[] {
  const errors: FieldError[] = [];
  const setError = (target: HTMLElement | string, message: string) => {
    const field = typeof target === 'string' ? step.querySelector(`[name="${CSS.escape(String(target))}"]`) : target;
    if (isField(field) && fields.includes(field) && !errors.some((e) => e.field === field || sameGroup(e.field, field))) errors.push({ field, message: String(message ?? '') });
  };
  if (!addRules(setError)) return errors;
  const groups = new Set<string>();
  for (const field of fields) {
    if (isChoice(field) && field.type === 'radio') {
      if (groups.has(fieldName(field))) continue;
      groups.add(fieldName(field));
    }
    const message = checkField(field);
    if (message && !errors.some((e) => e.field === field || sameGroup(e.field, field))) {
      // The kit's words: a new page language reads them again (the old ones if the field changed since).
      errors.push({ field, message, again: () => checkField(field) ?? message });
    }
  }
  return sortByPage(errors);
}

/** The first step (in order) that fails, with its errors: Submit checks them all, whatever the URL or a draft skipped. */
export function firstFailingStep(steps: Element[], rulesFor: (index: number) => AgencyRules): { index: number; errors: FieldError[] } | undefined {
  for (let index = 0; index < steps.length; index++) {
    const errors = checkFields(steps[index], rulesFor(index));
    if (errors.length) return { index, errors };
  }
  return undefined;
}
