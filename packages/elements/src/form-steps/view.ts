import { activeLocale } from '@qulay/core';
import type { QulayFormStep } from './form-step.js';
import type { StepsChrome } from './chrome.js';
import type { ErrorDisplay } from './error-summary.js';
import type { ErrorState } from './errors.js';
import type { Field } from './fields.js';
import type { Paging } from './paging.js';
import type { QuestionPager } from './questions.js';
import { answers, renderReview } from './review.js';
import type { SubmissionView } from './submission.js';

/** The parts of the component the view draws from, all in place once the form is set up. */
export interface ViewParts {
  form: HTMLFormElement;
  steps: QulayFormStep[];
  paging: Paging;
  chrome: StepsChrome;
  problems: ErrorState;
  errors: ErrorDisplay;
  pager: QuestionPager;
  /** Whether the form keeps a draft: only then is there a "Clear form" button. */
  drafts: boolean;
}

/** What the view's buttons and links do: the component's own actions. */
export interface ViewActions {
  busy(): boolean;
  back(): void;
  clear(): void;
  goTo(field: Field, step: number): void;
}

/**
 * Draws the step on screen from the component's state: the chrome (headings, progress,
 * navigation), the review, the errors and the question of the simplified layout. Drawing
 * never moves focus nor announces: `show()` does that, once per step. A new language or
 * heading level draws the same state again, in place.
 */
export class StepsView implements SubmissionView {
  /** The language the kit's words were last drawn in. */
  private locale = activeLocale();

  constructor(
    private readonly parts: ViewParts,
    private readonly actions: ViewActions,
  ) {}

  /** Everything of the step on screen. */
  drawStep(): void {
    const { paging } = this.parts;
    this.renderChrome();
    if (paging.onReview) {
      paging.returnToReview = false;
      this.renderReview();
    }
    this.displayErrors({ focus: false });
  }

  /**
   * The page's language changed: every word of the kit reads again in it, in place (a focused
   * button or link keeps focus, nothing is announced), its error messages too. The agency's
   * and the server's messages stay as they were written.
   */
  followLanguage(completed: boolean): void {
    if (this.locale === activeLocale()) return;
    this.locale = activeLocale();
    this.parts.chrome.relabel();
    if (completed) return;
    this.parts.problems.relabel();
    this.renderChrome();
    if (this.parts.paging.onReview) this.renderReview();
    this.displayErrors({ focus: false });
  }

  /** `heading-level` changed: the step headings are retagged (focus stays) and the rest drawn again. */
  retag(): void {
    this.parts.chrome.retag();
    this.renderChrome();
    this.displayErrors({ focus: false });
  }

  renderChrome(): void {
    const { paging, chrome, drafts } = this.parts;
    chrome.render(paging.step, paging.passed, {
      back: paging.step > 0 || (paging.oneQuestionAtATime && paging.question > 0),
      last: paging.step === paging.last,
      busy: this.actions.busy(),
      clear: drafts,
      onBack: () => this.actions.back(),
      onClear: () => this.actions.clear(),
    });
  }

  private renderReview(): void {
    const { paging, steps, chrome } = this.parts;
    renderReview(steps[paging.step], chrome.heading(paging.step), answers(steps.slice(0, -1)), (i, field) => {
      if (this.actions.busy()) return; // while sending, the form stays as it was sent
      paging.returnToReview = true;
      this.actions.goTo(field, i);
    });
  }

  /** Shows the errors that stand: by the fields of this step, all in the summary; then only the question on screen. */
  displayErrors({ focus }: { focus: boolean }): void {
    const { paging, steps, problems, errors, form, chrome, pager } = this.parts;
    const { here, elsewhere } = problems.split(steps[paging.step]);
    errors.show(form, chrome.heading(paging.step), here, elsewhere, { focus, general: problems.general });
    pager.apply(paging.questions(), paging.oneQuestionAtATime ? paging.question : -1);
  }
}
