import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@qulay/elements/define/qulay-login-options.js';
import { signInErrorMessage, type QulayLoginButton } from '@qulay/elements';
import { captureWarnings, findAccessible, languages, modes, resetPage, setLanguage, setMode } from '../helpers.js';

async function button(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-login-button') as QulayLoginButton;
  await element.updateComplete;
  return { root, element, link: () => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')! };
}

const publicClient = html`<qulay-login-button
  provider="oidc"
  authorize-url="https://id.example.uz/authorize"
  client-id="portal"
  redirect-uri="${location.origin}/callback"
></qulay-login-button>`;

/** The link's visible words (the label, or "Redirecting…"). */
const linkWords = (link: HTMLAnchorElement) => link.querySelector(':scope > span:last-child')!.textContent;

/** Lets the click handler's awaited work (PKCE, storage) finish. */
const settle = (element: QulayLoginButton) => new Promise((resolve) => setTimeout(resolve, 50)).then(() => element.updateComplete);

/** Runs `run` with `sessionStorage.setItem` throwing, as in a browser that refuses site data. */
async function withStorageBlocked(run: () => Promise<void>) {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  try {
    await run();
  } finally {
    Storage.prototype.setItem = original;
  }
}

const couldNotStart: Record<string, RegExp> = {
  en: /^Sign-in could not start in this browser\./,
  'uz-Latn': /^Bu brauzerda kirish boshlanmadi\./,
  'uz-Cyrl': /^Бу браузерда кириш бошланмади\./,
  'kaa-Latn': /^Bul brauzerde kiriw baslanbadı\./,
  ru: /^Не удалось начать вход в этом браузере\./,
};

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

  it('as a public client, stores state and goes to the provider with PKCE (cancelable)', async () => {
    const { element, link } = await button(html`<qulay-login-button
      provider="oidc"
      authorize-url="https://id.example.uz/authorize"
      client-id="portal"
      redirect-uri="${location.origin}/callback"
      scope="openid profile"
    ></qulay-login-button>`);
    let url = '';
    element.addEventListener('qulay-sign-in', (event) => {
      url = event.detail.url!;
      event.preventDefault();
    });
    link().focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const params = new URL(url).searchParams;
    expect(params.get('client_id')).to.equal('portal');
    expect(params.get('scope')).to.equal('openid profile');
    expect(params.get('code_challenge_method')).to.equal('S256');
    expect(sessionStorage.getItem(`qulay:signin:${params.get('state')}`)).to.not.equal(null);
    // The page navigates itself: the button is not left busy.
    await element.updateComplete;
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(linkWords(link())).to.equal('Sign in');
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
      await new Promise((resolve) => setTimeout(resolve, 200));
      await element.updateComplete;
      expect(link().hasAttribute('aria-busy')).to.equal(false);
      expect(linkWords(link())).to.equal('Sign in with OneID');
    } finally {
      ctor.leaveTimeout = original;
    }
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
        await settle(element);
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
      await settle(element);
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(link().hasAttribute('aria-busy')).to.equal(false);
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(couldNotStart.en);
    await setLanguage('kaa-Latn');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent, 'follows the page language').to.match(couldNotStart['kaa-Latn']);
    await setLanguage('en');
    await element.updateComplete;
    let url = '';
    element.addEventListener('qulay-sign-in', (event) => {
      url = event.detail.url;
      event.preventDefault();
    });
    link().click();
    await settle(element);
    expect(new URL(url).searchParams.get('code_challenge_method')).to.equal('S256');
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent, 'the old message goes').to.equal('');
    expect(element.shadowRoot!.querySelector('[part="error"]')!.getBoundingClientRect().height, 'no empty box').to.equal(0);
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
    expect(warnings.some((w) => w.includes('href="javascript:alert(1)"'))).to.equal(true);
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
    for (const lang of languages) {
      it(`says why sign-in could not start in ${lang}`, async () => {
        await setLanguage(lang);
        const { element, link } = await button(publicClient);
        await withStorageBlocked(async () => {
          await captureWarnings(async () => {
            link().click();
            await settle(element);
          });
        });
        expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(couldNotStart[lang]);
        await expect(element.parentElement!).to.be.accessible();
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

describe('<qulay-login-options>', () => {
  afterEach(() => resetPage());

  it('lists the providers under "Choose how to sign in", each with a hint', async () => {
    const root = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<qulay-login-options>
      <qulay-login-button provider="oneid" href="/auth/oneid"></qulay-login-button>
      <qulay-login-button provider="eimzo" href="/auth/eimzo"></qulay-login-button>
    </qulay-login-options>`);
    await root.updateComplete;
    await Promise.all([...root.querySelectorAll('qulay-login-button')].map((b) => b.updateComplete));
    expect(await findAccessible('heading', 'Choose how to sign in')).to.exist;
    expect(await findAccessible('list')).to.exist;
    const oneid = await findAccessible('link', 'Sign in with OneID');
    expect(oneid?.description).to.equal('Login and password, mobile phone or an E-IMZO key');
    await expect(root).to.be.accessible();
  });

  it('heading-level is a Number property; a bad value warns once and gives h2', async () => {
    const root = await fixture<HTMLElement & { updateComplete: Promise<unknown>; headingLevel: number }>(html`<qulay-login-options heading-level="3"></qulay-login-options>`);
    await root.updateComplete;
    expect(root.headingLevel).to.equal(3);
    expect(root.shadowRoot!.querySelector('h3')).to.exist;
    root.headingLevel = 4;
    await root.updateComplete;
    expect(root.shadowRoot!.querySelector('h4')).to.exist;
    const warnings = await captureWarnings(async () => {
      root.setAttribute('heading-level', 'three');
      await root.updateComplete;
    });
    expect(root.shadowRoot!.querySelector('h2')).to.exist;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('heading-level="three"');
  });

  it('warns when face recognition is the only way in', async () => {
    const warnings = await captureWarnings(async () => {
      const root = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<qulay-login-options><qulay-login-button provider="myid" href="/m"></qulay-login-button></qulay-login-options>`);
      await root.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
    });
    expect(warnings.some((w) => w.includes('Biometrics must never be the only way in'))).to.equal(true);
  });
});
