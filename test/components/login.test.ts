import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { signInErrorMessage, type QulayLoginButton } from '@qulay/elements';
import { captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';
import { button, linkWords } from './login-fixtures.js';

const labels: Record<string, string[]> = {
  en: ['Sign in with OneID', 'Sign in with MyID', 'Sign in with E-IMZO', 'Sign in'],
  'uz-Latn': ['OneID orqali kirish', 'MyID orqali kirish', 'E-IMZO orqali kirish', 'Kirish'],
  'uz-Cyrl': ['OneID орқали кириш', 'MyID орқали кириш', 'E-IMZO орқали кириш', 'Кириш'],
  'kaa-Latn': ['OneID arqalı kiriw', 'MyID arqalı kiriw', 'E-IMZO arqalı kiriw', 'Kiriw'],
  ru: ['Войти через OneID', 'Войти через MyID', 'Войти через E-IMZO', 'Войти'],
};

describe('<qulay-login-button>', () => {
  afterEach(async () => {
    await resetPage();
    await emulateMedia({ forcedColors: 'none' });
    sessionStorage.clear();
  });

  it('is a link to the agency\'s backend route, named for the provider, with a neutral text mark', async () => {
    const { link } = await button(html`<qulay-login-button provider="oneid" href="/auth/oneid"></qulay-login-button>`);
    expect(link().href).to.equal(new URL('/auth/oneid', location.href).href);
    expect(await findAccessible('link', 'Sign in with OneID')).to.exist;
    expect(link().querySelector('.mark')!.textContent).to.equal('OneID');
  });

  it('uses the agency\'s logo slot and label', async () => {
    const { element, link } = await button(html`<qulay-login-button provider="myid" href="/auth/myid" label="Login with face"><img slot="logo" alt="" src="data:,"/></qulay-login-button>`);
    expect(link().querySelector(':scope > span:last-child')!.textContent).to.equal('Login with face');
    expect(await findAccessible('link', 'Login with face')).to.exist;
    expect(element.querySelector('img')!.assignedSlot).to.exist;
  });

  it('shows a busy state after activation and ignores a second activation', async () => {
    const { element, link } = await button(html`<qulay-login-button provider="oneid" href="#started"></qulay-login-button>`);
    const starts: string[] = [];
    element.addEventListener('qulay-sign-in', (event) => starts.push(event.detail.provider));
    link().click();
    await element.updateComplete;
    expect(link().getAttribute('aria-busy')).to.equal('true');
    expect(link().querySelector(':scope > span:last-child')!.textContent).to.equal('Redirecting…');
    const second = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link().dispatchEvent(second);
    expect(second.defaultPrevented).to.equal(true);
    expect(starts).to.deep.equal(['oneid']);
  });

  it('href path: qulay-sign-in is cancelable; cancelling stops the link and leaves the button usable', async () => {
    const { element, link } = await button(html`<qulay-login-button provider="oneid" href="#cancelled"></qulay-login-button>`);
    const events: CustomEvent[] = [];
    element.addEventListener('qulay-sign-in', (event) => {
      events.push(event);
      event.preventDefault();
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link().dispatchEvent(click);
    await element.updateComplete;
    expect(events[0].cancelable).to.equal(true);
    expect(events[0].detail).to.deep.equal({ provider: 'oneid', url: new URL('#cancelled', location.href).href });
    expect(click.defaultPrevented, 'the browser does not follow the link').to.equal(true);
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(linkWords(link())).to.equal('Sign in with OneID');
    link().click();
    expect(events, 'a second press starts again').to.have.length(2);
  });

  it('comes back usable when the page returns from the back-forward cache', async () => {
    const { element, link } = await button(html`<qulay-login-button provider="oneid" href="#left"></qulay-login-button>`);
    link().click();
    await element.updateComplete;
    expect(link().getAttribute('aria-busy')).to.equal('true');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await element.updateComplete;
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(linkWords(link())).to.equal('Sign in with OneID');
    expect(await findAccessible('link', 'Sign in with OneID')).to.exist;
  });

  it('gives the button back when the page is still here after a while (a 204 route, Stop)', async () => {
    const { element, link } = await button(html`<qulay-login-button provider="oneid" href="#stays"></qulay-login-button>`);
    const ctor = element.constructor as typeof QulayLoginButton;
    const original = ctor.leaveTimeout;
    ctor.leaveTimeout = 100;
    try {
      link().click();
      await element.updateComplete;
      expect(link().getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => !link().hasAttribute('aria-busy'), 'busy gives itself back after leaveTimeout');
      expect(linkWords(link())).to.equal('Sign in with OneID');
    } finally {
      ctor.leaveTimeout = original;
    }
  });

  it('moved while busy: comes back usable where it is put (its timer stopped on the way)', async () => {
    const { root, element, link } = await button(html`<qulay-login-button provider="oneid" href="#moved"></qulay-login-button>`);
    link().click();
    await element.updateComplete;
    expect(link().getAttribute('aria-busy')).to.equal('true');
    const elsewhere = document.createElement('div');
    root.after(elsewhere);
    elsewhere.append(element);
    await element.updateComplete;
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(linkWords(link())).to.equal('Sign in with OneID');
    const starts: string[] = [];
    element.addEventListener('qulay-sign-in', (event) => {
      starts.push(event.detail.provider);
      event.preventDefault();
    });
    link().click();
    expect(starts, 'a press starts sign-in again').to.deep.equal(['oneid']);
    elsewhere.remove();
  });

  it('refuses a client-secret attribute with an error that explains why', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const { element } = await button(html`<qulay-login-button provider="oneid" href="/auth" client-secret="s3cret"></qulay-login-button>`);
      expect(element.hasAttribute('client-secret')).to.equal(false);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('client-secret is refused').and.to.contain('public');
  });

  it('warns about http: outside localhost, javascript: links and unknown providers', async () => {
    const warnings = await captureWarnings(async () => {
      await button(html`<qulay-login-button provider="facebook" authorize-url="http://id.example.uz/auth" client-id="c" redirect-uri="http://localhost/cb"></qulay-login-button>`);
      await button(html`<qulay-login-button href="javascript:alert(1)"></qulay-login-button>`);
    });
    expect(warnings.some((w) => w.includes('provider="facebook"') && w.includes('oneid, myid, eimzo, oidc'))).to.equal(true);
    expect(warnings.some((w) => w.includes('authorize-url="http://id.example.uz/auth"') && w.includes('https'))).to.equal(true);
    expect(warnings.some((w) => w.includes('redirect-uri'))).to.equal(false);
    expect(warnings.some((w) => w.includes('href="javascript:alert(1)"') && w.includes('an http(s) or relative URL'))).to.equal(true);
  });

  it('disabled: not a link, with a visible reason', async () => {
    const { element } = await button(html`<qulay-login-button provider="myid" disabled><span slot="disabled-reason">Maintenance until 18:00</span></qulay-login-button>`);
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
    const node = await findAccessible('link', 'Sign in with MyID');
    expect(node?.states.disabled).to.equal(true);
    expect(node?.description).to.equal('Maintenance until 18:00');
  });

  it('signed in: "Signed in as …" and a Sign out link', async () => {
    await setLanguage('uz-Latn');
    const { element } = await button(html`<qulay-login-button user-name="Aziza Karimova" logout-href="/signout"></qulay-login-button>`);
    expect(element.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Siz Aziza Karimova sifatida kirdingiz');
    expect(await findAccessible('link', 'Chiqish')).to.exist;
  });

  it('turns callback errors into localized messages', async () => {
    await setLanguage('ru');
    expect(signInErrorMessage({ code: 'provider-error', providerError: 'access_denied' })).to.equal('Вход отменён. Можно попробовать ещё раз.');
    expect(signInErrorMessage({ code: 'reused-state' })).to.contain('уже использована');
  });

  describe('in every language and mode', () => {
    for (const lang of languages) {
      it(`labels every provider in ${lang} and passes axe`, async () => {
        await setLanguage(lang);
        const root = await fixture<HTMLElement>(html`<div>
          ${['oneid', 'myid', 'eimzo', 'oidc'].map((p) => html`<qulay-login-button provider=${p} href="/auth/${p}"></qulay-login-button>`)}
        </div>`);
        const buttons = [...root.querySelectorAll('qulay-login-button')];
        await Promise.all(buttons.map((b) => b.updateComplete));
        const texts = buttons.map((b) => b.shadowRoot!.querySelector('[part="link"] > span:last-child')!.textContent);
        expect(texts).to.deep.equal(labels[lang]);
        await expect(root).to.be.accessible();
      });
    }
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe in ${mode} mode with a 44 px target`, async () => {
        setMode(attributes);
        const { root, link } = await button(html`<qulay-login-button provider="oneid" href="/auth"></qulay-login-button>`);
        expect(link().getBoundingClientRect().height).to.be.at.least(44);
        await expect(root).to.be.accessible();
      });
    }
    it('stays visible under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { link } = await button(html`<qulay-login-button provider="oneid" href="/auth"></qulay-login-button>`);
      expect(getComputedStyle(link()).borderTopStyle).to.equal('solid');
    });
  });
});
