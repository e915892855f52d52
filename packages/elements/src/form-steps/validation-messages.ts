import { msg, str } from '@lit/localize';
import { formatNumber } from '@qulay/core';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The kit's own words for the browser's validation failures, in the page language (the
 * browser would use its own UI language). An agency can give a field its own message with
 * `data-qulay-error-<state>`, for example `data-qulay-error-pattern="Enter 14 digits"`.
 */
export function validationMessage(field: Field): string {
  const v = field.validity;
  const own = (name: string) => field.getAttribute(`data-qulay-error-${name}`);
  if (v.valueMissing) {
    const choice = field instanceof HTMLSelectElement || (field instanceof HTMLInputElement && ['radio', 'checkbox'].includes(field.type));
    return own('required') ?? (choice ? msg('Choose an answer.') : msg('Fill in this field.'));
  }
  if (v.typeMismatch) {
    if (field instanceof HTMLInputElement && field.type === 'email') return own('type') ?? msg('Enter an email address, like name@example.uz.');
    if (field instanceof HTMLInputElement && field.type === 'url') return own('type') ?? msg('Enter a web address, like https://example.uz.');
    return own('type') ?? msg('Enter it in the right format.');
  }
  if (v.patternMismatch) return own('pattern') ?? (field.title || msg('Enter it in the format shown.'));
  if (v.tooShort) {
    const n = formatNumber((field as HTMLInputElement).minLength);
    return own('minlength') ?? msg(str`Enter at least ${n} characters.`);
  }
  if (v.tooLong) {
    const n = formatNumber((field as HTMLInputElement).maxLength);
    return own('maxlength') ?? msg(str`Enter at most ${n} characters.`);
  }
  if (v.rangeUnderflow || v.rangeOverflow) {
    const input = field as HTMLInputElement;
    return own(v.rangeUnderflow ? 'min' : 'max') ?? msg(str`Enter a value from ${input.min || '…'} to ${input.max || '…'}.`);
  }
  if (v.badInput) return own('type') ?? msg('Enter a valid value.');
  if (v.stepMismatch) return own('step') ?? msg('Enter a valid value.');
  return field.validationMessage;
}
