import { msg, str } from '@lit/localize';
import { formatNumber } from '@qulay/core';
import { isChoice, isNativeField, type Field } from './fields.js';

/** Why a field failed, named like the attribute that states the rule (and the agency's `data-qulay-error-<name>`). */
export type Failure = 'required' | 'type' | 'pattern' | 'minlength' | 'maxlength' | 'min' | 'max' | 'step' | 'invalid';

/** The failure a browser validity state stands for. */
export function failureOf(v: ValidityState): Failure {
  if (v.valueMissing) return 'required';
  if (v.typeMismatch || v.badInput) return 'type';
  if (v.patternMismatch) return 'pattern';
  if (v.tooShort) return 'minlength';
  if (v.tooLong) return 'maxlength';
  if (v.rangeUnderflow) return 'min';
  if (v.rangeOverflow) return 'max';
  if (v.stepMismatch) return 'step';
  return 'invalid';
}

/** The generic message for an answer the kit cannot describe better (and a server error with no text). */
export function checkThisAnswer(): string {
  return msg('Check this answer.', { desc: 'Error message when no more precise one is known.' });
}

/**
 * The kit's own words for a failure, in the page language (the browser would use its own UI
 * language). An agency gives a field its own message with `data-qulay-error-<failure>`, for
 * example `data-qulay-error-pattern="Enter 14 digits"`. `spaces` adds that the value holds spaces.
 */
export function validationMessage(field: Field, failure: Failure, { spaces = false } = {}): string {
  const own = field.getAttribute(`data-qulay-error-${failure}`);
  const withSpaces = (text: string) => (spaces ? `${text} ${msg('Leave out the spaces.', { desc: 'Added to a format error when the answer has spaces in it.' })}` : text);
  if (own) return withSpaces(own);
  if (!isNativeField(field)) {
    // A custom control knows its own words best ("Choose a rating"); the kit's are the fallback.
    const theirs = typeof field.validationMessage === 'string' ? field.validationMessage.trim() : '';
    return theirs || (failure === 'required' ? msg('Answer this question.', { desc: 'Error for a required custom control left empty.' }) : checkThisAnswer());
  }
  const input = field as HTMLInputElement;
  switch (failure) {
    case 'required':
      return field instanceof HTMLSelectElement || isChoice(field) ? msg('Choose an answer.') : msg('Fill in this field.');
    case 'type':
      if (input.type === 'email') return msg('Enter an email address, like name@example.uz.');
      if (input.type === 'url') return msg('Enter a web address, like https://example.uz.');
      return field.validity.badInput ? msg('Enter a valid value.') : msg('Enter it in the right format.');
    case 'pattern':
      return withSpaces(field.title || msg('Enter it in the format shown.'));
    case 'minlength': {
      const n = formatNumber(input.minLength);
      return msg(str`Enter at least ${n} characters.`);
    }
    case 'maxlength': {
      const n = formatNumber(input.maxLength);
      return msg(str`Enter at most ${n} characters.`);
    }
    case 'min':
    case 'max':
      return msg(str`Enter a value from ${input.min || '…'} to ${input.max || '…'}.`);
    case 'step':
      return msg('Enter a valid value.');
    default:
      return field.validationMessage || checkThisAnswer();
  }
}
