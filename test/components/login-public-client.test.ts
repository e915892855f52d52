// <qulay-login-button> as a public OpenID Connect client: PKCE, and what the citizen is told
// when the browser cannot start it (storage refused, no crypto.subtle).
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, findAccessible, languages, resetPage, setLanguage } from '../helpers.js';
import { button, couldNotStart, errorText, failed, linkWords, nextSignIn, publicClient, withStorageBlocked } from './login-fixtures.js';

describe('<qulay-login-button> as a public client', () => {
  afterEach(async () => {
    await resetPage();
    sessionStorage.clear();
  });

  it('stores state and goes to the provider with PKCE (cancelable)', async () => {
    const { element, link } = await button(html`<qulay-login-button
      provider="oidc"
      authorize-url="https://id.example.uz/authorize"
      client-id="portal"
      redirect-uri="${location.origin}/callback"
      scope="openid profile"
    ></qulay-login-button>`);
    const signIn = nextSignIn(element);
    link().focus();
    await sendKeys({ press: 'Enter' });
    const params = new URL(await signIn).searchParams;
    expect(params.get('client_id')).to.equal('portal');
    expect(params.get('scope')).to.equal('openid profile');
    expect(params.get('code_challenge_method')).to.equal('S256');
    expect(sessionStorage.getItem(`qulay:signin:${params.get('state')}`)).to.not.equal(null);
    // The page navigates itself: the button is not left busy.
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(linkWords(link())).to.equal('Sign in');
  });

  it('relative authorize-url and redirect-uri: starts, and the provider gets absolute addresses', async () => {
    const { element, link } = await button(html`<qulay-login-button
      authorize-url="/authorize"
      client-id="portal"
      redirect-uri="/callback"
    ></qulay-login-button>`);
    const signIn = nextSignIn(element);
    let url = '';
    const warnings = await captureWarnings(async () => {
      link().click();
      url = await signIn;
    });
    expect(warnings).to.deep.equal([]);
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).to.equal(`${location.origin}/authorize`);
    expect(parsed.searchParams.get('redirect_uri')).to.equal(`${location.origin}/callback`);
    expect(errorText(element), 'no "allow site data" message').to.equal('');
  });

  it('storage blocked: says so in words, warns once, and gives the button back', async () => {
    const { element, link } = await button(publicClient);
    const events: unknown[] = [];
    element.addEventListener('qulay-sign-in', (event) => events.push(event));
    let warnings: string[] = [];
    await withStorageBlocked(async () => {
      warnings = await captureWarnings(async () => {
        link().focus();
        await sendKeys({ press: 'Enter' });
        await failed(element);
      });
    });
    expect(events, 'nothing was started').to.have.length(0);
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(linkWords(link())).to.equal('Sign in');
    const error = element.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.match(couldNotStart.en);
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
    expect((await findAccessible('link', 'Sign in'))?.description).to.match(couldNotStart.en);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<qulay-login-button>').and.to.contain('sessionStorage');
    await expect(element.parentElement!).to.be.accessible();
  });

  it('crypto.subtle unavailable (an http: page): the same message, and the button works again once it is back', async () => {
    const { element, link } = await button(publicClient);
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      link().click();
      await failed(element);
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(errorText(element)).to.match(couldNotStart.en);
    await setLanguage('kaa-Latn');
    await element.updateComplete;
    expect(errorText(element), 'follows the page language').to.match(couldNotStart['kaa-Latn']);
    await setLanguage('en');
    await element.updateComplete;
    const signIn = nextSignIn(element);
    link().click();
    expect(new URL(await signIn).searchParams.get('code_challenge_method')).to.equal('S256');
    expect(errorText(element), 'the old message goes').to.equal('');
    expect(element.shadowRoot!.querySelector('[part="error"]')!.getBoundingClientRect().height, 'no empty box').to.equal(0);
  });

  for (const lang of languages) {
    it(`says why sign-in could not start in ${lang}`, async () => {
      await setLanguage(lang);
      const { element, link } = await button(publicClient);
      await withStorageBlocked(async () => {
        await captureWarnings(async () => {
          link().click();
          await failed(element);
        });
      });
      expect(errorText(element)).to.match(couldNotStart[lang]);
      await expect(element.parentElement!).to.be.accessible();
    });
  }
});
