import { expect, fixture, html } from '@open-wc/testing';
import '@qulay/elements/define/qulay-login-options.js';
import { captureWarnings, findAccessible, resetPage } from '../helpers.js';

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
