import { activeLocale, safeUrl, type QulayElement } from '@qulay/core';
import { postFeedback, queueFeedback } from './feedback-send.js';
import { newId, type FeedbackSubmission, type Problem } from './feedback-model.js';

/** Where the block is: the form, waiting for the server, or thanking (sent, or saved for later). */
export type Phase = 'asking' | 'sending' | 'sent' | 'queued';

/** What the citizen answered, as the form holds it when Send is pressed (already validated). */
export type Answers = Pick<FeedbackSubmission, 'useful' | 'rating' | 'comment' | 'complaint'>;

/** The block as the submit flow sees it. */
export interface SubmitHost extends QulayElement {
  readonly service: string;
  readonly endpoint: string;
}

/**
 * The feedback block's submit flow: hands the submission to a listener or sends it, saves it
 * in the outbox when it cannot go now, and says what happened. It owns the phase, the problem
 * shown above the form and the comment shown back, and asks the block to render them (it
 * needs no lifecycle, so it is not registered with addController).
 */
export class FeedbackSubmitController {
  phase: Phase = 'asking';
  /** Why nothing was sent; worded at render time, so it follows a language switch. */
  problem?: Problem;
  /** The comment of the last submission, shown back with the thanks. */
  lastComment = '';

  constructor(
    private readonly host: SubmitHost,
    /** The block's own node by id suffix (for focus and scrolling). */
    private readonly own: (name: string) => HTMLElement | null,
  ) {}

  private set(changes: Partial<Pick<FeedbackSubmitController, 'phase' | 'problem' | 'lastComment'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Back to the form for another submission. */
  reset(): void {
    this.set({ phase: 'asking' });
  }

  /**
   * Sends one submission. `honeypot` is true when a bot filled the hidden field: it is
   * thanked, and nothing is sent.
   */
  async send(answers: Answers, honeypot: boolean): Promise<void> {
    if (this.phase === 'sending') return;
    const submission: FeedbackSubmission = {
      id: newId(),
      service: this.host.service,
      ...answers,
      lang: activeLocale(),
      page: location.pathname,
      createdAt: new Date().toISOString(),
    };
    this.set({ problem: undefined, lastComment: submission.comment });
    if (honeypot) return this.finish('sent');
    // The old event name is heard until 0.3; a page that took the new one is not asked twice.
    const taken =
      !this.host.emit('qulay-send-feedback', submission, { cancelable: true }) ||
      !this.host.emit('qulay-feedback', submission, { cancelable: true });
    if (taken) return this.finish('sent');
    const endpoint = safeUrl(this.host.endpoint);
    if (!endpoint) {
      this.host.warn('has no endpoint and no qulay-send-feedback listener took the submission; it was not sent. Set endpoint, or cancel qulay-send-feedback and send it yourself.');
      return this.showProblem({ kind: 'not-sent-here' });
    }
    this.set({ phase: 'sending' });
    try {
      const result = await postFeedback(endpoint, submission.id, submission);
      if (result.kind === 'sent') return this.finish('sent');
      if (result.kind === 'rejected') {
        this.set({ phase: 'asking' });
        return this.showProblem({ kind: 'rejected', message: result.message });
      }
      await queueFeedback(endpoint, submission.id, submission, result.retryAfter);
      this.finish('queued');
    } catch (error) {
      // Neither sent nor saved (storage refused): say so, and keep every word in the form.
      this.host.warn(`could not send or save a submission: ${String((error as Error)?.message ?? error)}`);
      this.set({ phase: 'asking' });
      await this.showProblem({ kind: 'not-saved' });
    }
  }

  /** Shows why nothing was sent, above the form, and brings it into view; the text stays. */
  private async showProblem(problem: Problem): Promise<void> {
    // Out and in again, so the same words after a second try are announced again.
    this.set({ problem: undefined });
    await this.host.updateComplete;
    this.set({ problem });
    await this.host.updateComplete;
    this.own('problem')?.scrollIntoView({ block: 'nearest' });
  }

  private finish(phase: 'sent' | 'queued'): void {
    this.set({ phase });
    void this.host.updateComplete.then(() => this.own('done')?.focus());
  }
}
