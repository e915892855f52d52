import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { QulayElement, baseStyles } from '@qulay/core';
import { css } from 'lit';
import { headingTag, readHeadingLevel, type HeadingLevel } from '../shared/heading.js';

/**
 * Groups sign-in buttons under one heading, as a list, each with a short hint. Biometrics must
 * never be the only way in (EN 301 549, 5.3): offering MyID alone logs a warning.
 *
 * @summary "Choose how to sign in": a list of sign-in buttons with hints.
 *
 * @tagname qulay-login-options
 *
 * @slot - `<qulay-login-button>` elements.
 *
 * @csspart heading - The heading.
 * @csspart list - The list.
 *
 * @cssprop --qulay-space-3 - Space between the options.
 */
export class QulayLoginOptions extends QulayElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .heading {
        margin: 0 0 var(--qulay-space-3);
        font-size: var(--qulay-font-size-lg);
      }
      .list {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: var(--qulay-space-3);
      }
    `,
  ];

  /** Heading level, 2 to 6 (attribute `heading-level`); anything else warns and uses 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Replaces "Choose how to sign in". */
  @property() heading?: string;

  private level: HeadingLevel = 2;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      this.level = readHeadingLevel(this, this.headingLevel, 2);
    }
  }

  private onSlotChange(event: Event): void {
    const buttons = (event.target as HTMLSlotElement).assignedElements().filter((el) => el.localName === 'qulay-login-button');
    for (const button of buttons) {
      button.setAttribute('role', 'listitem');
      button.setAttribute('show-hint', '');
    }
    const providers = buttons.filter((b) => !b.hasAttribute('disabled')).map((b) => b.getAttribute('provider') ?? 'oidc');
    if (providers.length && providers.every((p) => p === 'myid')) {
      this.warn('offers only MyID (face recognition). Biometrics must never be the only way in (EN 301 549, 5.3): add OneID, E-IMZO or another sign-in.');
    }
  }

  override render() {
    const tag = headingTag(this.level);
    return html`${staticHtml`<${tag} part="heading" class="heading">${this.heading?.trim() || msg('Choose how to sign in')}</${tag}>`}
      <div part="list" class="list" role="list"><slot @slotchange=${this.onSlotChange}></slot></div>`;
  }
}
