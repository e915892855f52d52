import { html, nothing, render } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { announce, formatNumber, setHidden } from '@qulay/core';
import type { QulayFormStep } from './form-step.js';
import { headingTag, type HeadingLevel } from '../shared/heading.js';

/** What the navigation shows and does. */
export interface NavState {
  back: boolean;
  last: boolean;
  busy: boolean;
  clear: boolean;
  onBack: () => void;
  onClear: () => void;
}

/**
 * The kit's own light DOM around the agency's form: one progress list, a heading and a listen
 * button per step, the Back / Continue / Submit buttons, the restore notice and, at the end,
 * the confirmation panel. Each lives in its own container, kept by reference.
 */
export class StepsChrome {
  readonly progress = document.createElement('nav');
  readonly nav = document.createElement('div');
  private notice?: HTMLElement;
  /** The notice's words, read again in a new language. */
  private noticeText?: () => string;
  private confirmation?: { panel: HTMLElement; reference?: string };

  constructor(
    private readonly form: HTMLFormElement,
    private readonly steps: QulayFormStep[],
    /** The level of the step headings and the confirmation's heading (`heading-level`). */
    private readonly level: () => HeadingLevel = () => 2,
  ) {}

  /** "Step 2 of 4: Contact details". */
  label(i: number): string {
    const n = formatNumber(i + 1);
    const total = formatNumber(this.steps.length);
    const step = this.steps[i];
    return step?.heading ? msg(str`Step ${n} of ${total}: ${step.heading}`) : msg(str`Step ${n} of ${total}`);
  }

  build(): void {
    // The agency's own submit buttons serve the no-JavaScript form; the step navigation replaces them.
    for (const button of this.form.querySelectorAll<HTMLElement>('button[type="submit"], button:not([type]), input[type="submit"], input[type="image"]')) {
      if (!button.closest('[data-qulay-steps]')) setHidden(button, true);
    }
    this.progress.dataset.qulaySteps = 'progress';
    this.form.before(this.progress);
    this.nav.dataset.qulaySteps = 'nav';
    this.form.append(this.nav);
    for (const step of this.steps) {
      const heading = this.newHeading();
      step.prepend(heading);
      // In read-aloud mode, a listen button reads the step: heading, hints, labels, values, errors.
      const listen = document.createElement('qulay-listen') as HTMLElement & { forElement?: Element };
      listen.dataset.qulaySteps = 'listen';
      listen.forElement = step;
      if (step.heading) listen.setAttribute('label', step.heading);
      heading.after(listen);
    }
  }

  private newHeading(): HTMLElement {
    const heading = document.createElement(`h${this.level()}`);
    heading.dataset.qulaySteps = 'heading';
    heading.tabIndex = -1;
    return heading;
  }

  /** `heading-level` changed: each step heading becomes one of the new level (focus stays on it). */
  retag(): void {
    this.steps.forEach((_, i) => {
      const old = this.heading(i);
      if (old.localName === `h${this.level()}`) return;
      const heading = this.newHeading();
      const focused = document.activeElement === old;
      old.replaceWith(heading);
      if (focused) heading.focus();
    });
  }

  heading(i: number): HTMLElement {
    return this.steps[i].querySelector<HTMLElement>(':scope > [data-qulay-steps="heading"]')!;
  }

  /** The headings, and the progress list: "completed" only for the steps the citizen passed. */
  render(index: number, passed: ReadonlySet<number>, nav: NavState): void {
    const total = formatNumber(this.steps.length);
    this.steps.forEach((step, i) => {
      const n = formatNumber(i + 1);
      render(html`<span class="context">${msg(str`Step ${n} of ${total}`)}</span>${step.heading || nothing}`, this.heading(i));
    });
    render(
      html`<ol aria-label=${msg('Application steps')}>
        ${this.steps.map((step, i) => {
          const state = i === index ? msg('current') : passed.has(i) ? msg('completed') : msg('not completed');
          return html`<li aria-current=${i === index ? 'step' : nothing}>
            ${formatNumber(i + 1)}. ${step.heading || msg(str`Step ${formatNumber(i + 1)}`)} <span class="state">(${state})</span>
          </li>`;
        })}
      </ol>`,
      this.progress,
    );
    // While sending, Back and Clear are aria-disabled like Submit (focus stays; the component ignores them).
    const busy = nav.busy ? 'true' : nothing;
    render(
      html`${nav.back ? html`<button type="button" aria-disabled=${busy} @click=${nav.onBack}>${msg('Back')}</button>` : nothing}
        <button type="submit" aria-disabled=${busy}>${nav.busy ? msg('Sending…') : nav.last ? msg('Submit application') : msg('Continue')}</button>
        ${nav.clear ? html`<button type="button" class="clear" aria-disabled=${busy} @click=${nav.onClear}>${msg('Clear form')}</button>` : nothing}`,
      this.nav,
    );
  }

  /** A notice between the progress list and the form ("We restored what you entered."), announced. */
  showNotice(text: () => string): void {
    if (!this.notice) {
      this.notice = document.createElement('div');
      this.notice.dataset.qulaySteps = 'notice';
      this.form.before(this.notice);
    }
    this.noticeText = text;
    render(html`<p>${text()}</p>`, this.notice);
    announce(text());
  }

  removeNotice(): void {
    this.notice?.remove();
    this.notice = this.noticeText = undefined;
  }

  /**
   * The page's language changed: the notice and the confirmation read again in it, in place
   * (focus stays where it is, nothing is announced). The component draws the rest again.
   */
  relabel(): void {
    if (this.notice && this.noticeText) render(html`<p>${this.noticeText()}</p>`, this.notice);
    if (this.confirmation) this.renderConfirmation(this.confirmation.panel, this.confirmation.reference);
  }

  private renderConfirmation(panel: HTMLElement, reference: string | undefined): void {
    const tag = headingTag(this.level());
    render(
      staticHtml`<${tag} tabindex="-1">${msg('Application sent')}</${tag}>
        ${reference ? html`<p>${msg('Your reference number')}<br /><strong>${reference}</strong></p>` : nothing}`,
      panel,
    );
  }

  /**
   * Replaces the form with a GOV.UK-style confirmation panel: "Application sent" and the
   * reference number. Its heading takes focus and the whole is announced; nothing is left to
   * press twice.
   */
  confirm(reference: string | undefined): HTMLElement {
    this.removeNotice();
    setHidden(this.form, true);
    setHidden(this.progress, true);
    const panel = document.createElement('div');
    panel.dataset.qulaySteps = 'confirmation';
    const title = msg('Application sent');
    this.confirmation = { panel, reference };
    this.renderConfirmation(panel, reference);
    this.progress.before(panel);
    panel.querySelector<HTMLElement>('[tabindex="-1"]')!.focus();
    announce(reference ? `${title}. ${msg('Your reference number')}: ${reference}` : title);
    return panel;
  }
}
