import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { QulayElement, baseStyles, safeUrl, startSignIn } from '@qulay/core';
import { loginButtonStyles } from './login-button.styles.js';
import { providerHint, providerLabel, providerMark, type Provider } from './login-words.js';

const providers: Provider[] = ['oneid', 'myid', 'eimzo', 'oidc'];

/** http: is only for the developer's own machine; `safe` is an address safeUrl() accepted. */
function insecureOutsideLocalhost(safe: string): boolean {
  const url = new URL(safe);
  return url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/**
 * A sign-in link styled as a button (it navigates). Either `href` points at the agency's
 * backend route that starts the flow (the right choice for OneID and MyID, whose code
 * exchange needs a client secret), or `authorize-url`, `client-id` and `redirect-uri` make it
 * a public OpenID Connect client: it creates `state`, `nonce` and a PKCE S256 challenge, keeps
 * them in `sessionStorage`, and goes to the provider. Finish on the callback page with
 * `completeSignIn()` from `@qulay/core`.
 *
 * @summary A sign-in button for OneID, MyID, E-IMZO or any OpenID provider, safe by default.
 *
 * @tagname qulay-login-button
 *
 * @slot logo - The provider's official mark, supplied by the agency (default: the provider's name as a neutral text mark).
 * @slot disabled-reason - Why sign-in is unavailable, shown with `disabled`.
 *
 * @csspart link - The link.
 * @csspart hint - The hint under the link.
 *
 * @cssprop --qulay-color-primary - The button's colour.
 *
 * @csspart error - Why sign-in could not start (storage or crypto unavailable), under the link.
 *
 * @fires qulay-sign-in - Before leaving for sign-in, cancelable on both paths; `detail.provider` and `detail.url`. Cancel it to navigate yourself (a pop-up, your router): the button does not go busy and stays usable.
 */
export class QulayLoginButton extends QulayElement {
  static override styles = [baseStyles, loginButtonStyles];

  /**
   * How long (ms) the button says "Redirecting…" when the page is still here: a route that
   * answers 204, a download, or the citizen pressing Stop leaves no event to wait for.
   */
  static leaveTimeout = 15_000;

  /** `oneid`, `myid`, `eimzo` or `oidc`. */
  @property() provider: Provider = 'oidc';
  /** The agency's backend route that starts the sign-in. */
  @property() href?: string;
  /** Public OpenID Connect client: the provider's authorization endpoint. */
  @property({ attribute: 'authorize-url' }) authorizeUrl?: string;
  /** Public client: the client id. */
  @property({ attribute: 'client-id' }) clientId?: string;
  /** Public client: where the provider sends the user back. */
  @property({ attribute: 'redirect-uri' }) redirectUri?: string;
  /** Public client: the scope. */
  @property() scope = 'openid';
  /** Public client: `code` (OpenID Connect) or `one_code` (OneID). */
  @property({ attribute: 'response-type' }) responseType = 'code';
  /** Replaces the built-in label. */
  @property() label?: string;
  /** Shows the provider's hint under the link (set by `<qulay-login-options>`). */
  @property({ type: Boolean, attribute: 'show-hint' }) showHint = false;
  /** Sign-in is unavailable; give the reason in `slot="disabled-reason"`. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Signed in: the person's name. */
  @property({ attribute: 'user-name' }) userName?: string;
  /** Signed in: the agency's sign-out route. */
  @property({ attribute: 'logout-href' }) logoutHref?: string;

  @state() private busy = false;
  /** Starting sign-in failed; the message under the link is worded at render time. */
  @state() private failed = false;
  private validProvider: Provider = 'oidc';

  /**
   * A page restored from the back-forward cache keeps its last state: without this, the button
   * a citizen pressed before going to the provider would say "Redirecting…" forever on Back.
   */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.setBusy(false);
  };
  private busyTimer?: ReturnType<typeof setTimeout>;

  /** Busy gives itself back after `leaveTimeout` (a page that left runs no timers). */
  private setBusy(busy: boolean): void {
    this.busy = busy;
    clearTimeout(this.busyTimer);
    if (busy) this.busyTimer = setTimeout(() => (this.busy = false), (this.constructor as typeof QulayLoginButton).leaveTimeout);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved or removed while busy: nothing would ever give the button back (its timer stops
    // here), so it comes back usable wherever it is put next.
    this.setBusy(false);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('provider')) {
      if (providers.includes(this.provider)) this.validProvider = this.provider;
      else {
        this.warnInvalid('provider', this.provider, providers.join(', '), 'oidc');
        this.validProvider = 'oidc';
      }
    }
    if (this.hasAttribute('client-secret')) {
      // Loud on purpose: a secret in a page is published to everyone who opens it.
      console.error(
        `<${this.localName}>: client-secret is refused. A client secret in a web page is public; keep it on your server and point href at a backend route that starts the sign-in, or use a public client with PKCE.`,
      );
      this.removeAttribute('client-secret');
    }
    for (const [attribute, value] of [
      ['href', this.href],
      ['authorize-url', this.authorizeUrl],
      ['redirect-uri', this.redirectUri],
      ['logout-href', this.logoutHref],
    ] as const) {
      const safe = safeUrl(value);
      if (value && !safe) {
        this.warnInvalid(attribute, value, 'an http(s) or relative URL', 'no link');
      } else if (safe && attribute !== 'href' && attribute !== 'logout-href' && insecureOutsideLocalhost(safe)) {
        this.warn(`${attribute}="${value}" uses http: outside localhost; sign-in codes would travel unencrypted. Use https.`);
      }
    }
  }

  private get publicClient(): boolean {
    return Boolean(this.clientId && safeUrl(this.authorizeUrl) && safeUrl(this.redirectUri));
  }

  private get safeHref(): string | undefined {
    return safeUrl(this.href);
  }

  private async onClick(event: MouseEvent): Promise<void> {
    if (this.busy) {
      event.preventDefault();
      return;
    }
    this.failed = false;
    if (!this.publicClient) {
      // A backend route: the browser follows the link unless a listener takes over.
      const url = this.safeHref;
      if (!url || !this.emit('qulay-sign-in', { provider: this.validProvider, url }, { cancelable: true })) {
        event.preventDefault();
        return;
      }
      this.setBusy(true);
      return;
    }
    event.preventDefault();
    this.setBusy(true);
    let leaving = false;
    try {
      // The checked, absolute addresses (publicClient held both): the provider needs an
      // absolute redirect_uri, and a relative one must not read as a storage failure.
      const url = await startSignIn({
        authorizeUrl: safeUrl(this.authorizeUrl)!,
        clientId: this.clientId!,
        redirectUri: safeUrl(this.redirectUri)!,
        scope: this.scope,
        responseType: this.responseType,
      });
      leaving = this.emit('qulay-sign-in', { provider: this.validProvider, url }, { cancelable: true });
      if (leaving) location.assign(url);
    } catch (error) {
      // sessionStorage blocked (private mode, site data refused) or no crypto.subtle (http:).
      this.warn(`sign-in could not start: ${String((error as Error)?.message ?? error)}. It needs sessionStorage and crypto.subtle (a secure https: page).`);
      this.failed = true;
    } finally {
      // Busy only while the browser is really leaving; every other end gives the button back.
      if (!leaving) this.setBusy(false);
    }
  }

  override render() {
    if (this.userName) {
      const name = this.userName;
      return html`<span class="signed-in">
        <span>${msg(str`Signed in as ${name}`)}</span>
        ${safeUrl(this.logoutHref) ? html`<a href=${safeUrl(this.logoutHref)}>${msg('Sign out')}</a>` : nothing}
      </span>`;
    }
    const label = this.label || providerLabel(this.validProvider);
    const mark = providerMark(this.validProvider);
    const content = html`<slot name="logo">${mark ? html`<span class="mark" aria-hidden="true">${mark}</span>` : nothing}</slot
      ><span>${this.busy ? msg('Redirecting…') : label}</span>`;
    const hint = this.showHint ? providerHint(this.validProvider) : '';
    if (this.disabled) {
      return html`<span class="disabled" role="link" aria-disabled="true" aria-describedby="reason">${content}</span>
        <span class="reason" id="reason"><slot name="disabled-reason"></slot></span>`;
    }
    const href = this.publicClient ? safeUrl(this.authorizeUrl) : this.safeHref;
    return html`<a
        part="link"
        class="link"
        href=${href ?? nothing}
        aria-busy=${this.busy ? 'true' : nothing}
        aria-describedby=${[hint ? 'hint' : '', this.failed ? 'error' : ''].filter(Boolean).join(' ') || nothing}
        @click=${this.onClick}
        >${content}</a
      >${hint ? html`<span part="hint" class="hint" id="hint">${hint}</span>` : nothing}<span part="error" class="error" id="error" role="alert"
        >${this.failed
          ? msg('Sign-in could not start in this browser. Allow site data (cookies and storage) for this site, or use another browser, then try again.')
          : ''}</span
      >`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Cancelable; `url` is the backend route or the provider's authorize URL. */
    'qulay-sign-in': CustomEvent<{ provider: Provider; url: string }>;
  }
}
