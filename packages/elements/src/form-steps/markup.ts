import type { QulayFormStep } from './form-step.js';
import { fieldName, fieldsIn } from './fields.js';

/** Warns about markup that works less well than it could: no heading, a review step not last, a name in two steps. */
export function checkMarkup(steps: QulayFormStep[], warn: (message: string) => void): void {
  const names = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!step.heading) warn(`step ${i + 1} has no heading attribute; accepted: heading="…". It shows as "Step ${i + 1} of ${steps.length}".`);
    if (step.review && i !== steps.length - 1) warn(`step ${i + 1} is a review step but not the last; accepted: the review step last. It is treated as an ordinary step.`);
    for (const name of new Set(fieldsIn(step).map(fieldName).filter(Boolean))) {
      if (names.has(name)) warn(`the field name "${name}" is used in step ${names.get(name)! + 1} and step ${i + 1}; accepted: each name in one step. Both are submitted.`);
      else names.set(name, i);
    }
  });
}

/** The step the URL names (`#step-2`), clamped to the steps there are; the first when none. */
export function stepFromUrl(count: number): number {
  const match = /^#step-(\d+)$/.exec(location.hash);
  const n = match ? Number(match[1]) - 1 : 0;
  return Math.min(Math.max(0, n), Math.max(0, count - 1));
}

/** Records a step in the browser's history, so Back and Forward move between steps. */
export function pushStep(index: number): void {
  history.pushState(null, '', `#step-${index + 1}`);
}

/** Names the step on screen in the URL without a new history entry: the browser's Back still leaves. */
export function replaceStep(index: number): void {
  history.replaceState(null, '', `#step-${index + 1}`);
}
