import type { QulayFormStep } from './form-step.js';
import { fieldsIn, type Field } from './fields.js';
import { questionIndexOf, questionsOf, type Question } from './questions.js';

/** What a valid Continue leads to. */
export type Advance = { to: 'question' } | { to: 'step'; step: number } | { to: 'submit' };

/**
 * Where the citizen is: the step, the question within it (simplified layout), the steps
 * passed with a valid Continue in this page, and whether Continue returns to the review.
 * Only a valid Continue marks a step as passed: never a URL, a draft or `index`.
 */
export class Paging {
  step = 0;
  question = 0;
  /** Steps passed with a valid Continue in this page: only these show "completed". */
  readonly passed = new Set<number>();
  /** Set by a review step's Change link: the next Continue returns to the review. */
  returnToReview = false;
  /** Set by Back in the simplified layout: the previous step opens at its last question. */
  private enterAtEnd = false;

  constructor(
    private readonly steps: QulayFormStep[],
    private readonly simplified: () => boolean,
  ) {}

  get last(): number {
    return this.steps.length - 1;
  }

  /** The review step on screen: it is never split into questions. */
  get onReview(): boolean {
    return this.step === this.last && !!this.steps[this.step]?.review;
  }

  get oneQuestionAtATime(): boolean {
    return this.simplified() && !!this.steps[this.step] && !this.onReview;
  }

  /** The step holding `field`, -1 when it is in none. */
  stepOf(field: Element): number {
    return this.steps.findIndex((step) => step.contains(field));
  }

  questions(): Question[] {
    return questionsOf(this.steps[this.step]);
  }

  /** The fields Continue checks now: the question on screen, or the whole step. */
  scope(): Field[] | undefined {
    return this.oneQuestionAtATime ? (this.questions()[this.question]?.fields ?? []) : undefined;
  }

  checkedFields(): Field[] {
    return this.scope() ?? fieldsIn(this.steps[this.step]);
  }

  /**
   * A draft's place, for the first step shown after a reload: in the simplified layout that
   * step reopens at the draft's question. It chooses what is on screen, never what is passed.
   */
  resumeFrom(place: { step: number; question: number } | undefined): void {
    this.resumeAt = place;
  }
  private resumeAt?: { step: number; question: number };

  /** Goes to a step (clamped); a new step starts at its first question. Returns whether the step changed. */
  moveTo(index: number): boolean {
    const next = Math.min(Math.max(0, Math.trunc(Number(index)) || 0), this.last);
    const changed = next !== this.step;
    if (changed) this.question = this.enterAtEnd ? Number.MAX_SAFE_INTEGER : 0;
    this.enterAtEnd = false;
    this.step = next;
    // Only the first step shown, and only when it is the draft's own (a URL may name another).
    if (this.resumeAt?.step === next && this.oneQuestionAtATime) this.question = this.resumeAt.question;
    this.resumeAt = undefined;
    this.question = Math.min(this.question, Math.max(0, this.questions().length - 1));
    return changed;
  }

  /** In the simplified layout, makes the question holding `field` the one on screen. Returns whether it changed. */
  showQuestionOf(field: Field): boolean {
    if (!this.oneQuestionAtATime) return false;
    const i = questionIndexOf(this.questions(), field);
    if (i < 0 || i === this.question) return false;
    this.question = i;
    return true;
  }

  /**
   * After a valid Continue: the next question, the next step (or back to the review), or Submit.
   * After a Change link the question on screen was the one to change: Continue returns to the
   * review at once, in the simplified layout too, without asking the step's other questions.
   */
  advance(): Advance {
    const more = this.oneQuestionAtATime && this.question < this.questions().length - 1;
    if (more && !this.returnToReview) {
      this.question++;
      return { to: 'question' };
    }
    if (this.step < this.last) {
      // One question checked does not pass a step: it stays as it was (passed when reached by Continue).
      if (!more) this.passed.add(this.step);
      return { to: 'step', step: this.returnToReview ? this.last : this.step + 1 };
    }
    return { to: 'submit' };
  }

  /**
   * Back: one question, else one step. Returns the step to show and whether history moves.
   * In the simplified layout the previous step opens at its last question: the one just before.
   */
  back(): { step: number; push: boolean } {
    if (this.oneQuestionAtATime && this.question > 0) {
      this.question--;
      return { step: this.step, push: false };
    }
    this.enterAtEnd = this.simplified();
    return { step: this.step - 1, push: true };
  }
}
