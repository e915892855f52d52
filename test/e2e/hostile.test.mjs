// Every component on a hostile agency page: global resets on *, [hidden], buttons, inputs,
// headings, links and focus (test/e2e/pages/hostile.css), served with a strict CSP and
// Trusted Types. The kit keeps working, keeps hidden what it hides, keeps focus visible on its
// own controls, throws nothing and causes no CSP violation. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { focusState, installFakeSpeech, kitReady, screenshot, serveWithCsp, strictCsp, worksOn } from './agency-pages.mjs';

let browser;
let site;

before(async () => {
  browser = await launch();
  site = await serveWithCsp(strictCsp());
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function openHostile() {
  const opened = await openPage(browser);
  await installFakeSpeech(opened.page);
  const response = await opened.page.goto(`${site.url}/test/e2e/pages/hostile.html`);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  await kitReady(opened.page);
  await opened.page.locator('qulay-service-catalog .results li').first().waitFor();
  return opened;
}

/** Whether a person can see an element: rendered, with area, and the top thing at its centre. */
function seenByPeople(page, selector) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === el || el.contains(hit);
  }, selector);
}

const lime = 'rgb(0, 255, 0)';
const magenta = 'rgb(255, 0, 255)';

describe('a hostile agency page (global resets, strict CSP with Trusted Types)', () => {
  it('loads every component with no error and no CSP violation, and the CSP is really enforced', async () => {
    const { context, page, problems } = await openHostile();
    const count = await kitReady(page);
    assert.ok(count >= 12, `kit elements on the page: ${count}`);
    await page.waitForTimeout(200);
    assert.deepEqual(problems, []);
    // The page's own attempt at innerHTML is refused and reported: the listener does see violations.
    const refused = await page.evaluate(() => {
      try {
        document.createRange().createContextualFragment('<b>x</b>');
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true, 'Trusted Types are enforced on this page');
    await page.waitForTimeout(100);
    assert.ok(problems.some((p) => p.includes('CSP violation: require-trusted-types-for')), problems.join('\n'));
    await context.close();
  });

  it('keeps hidden what the kit hides, even with [hidden] { display: block !important }', async () => {
    const { context, page, problems } = await openHostile();
    await page.evaluate(() => document.querySelector('qulay-feedback [data-qulay-feedback] button[name="useful"]').click());
    await page.locator('qulay-feedback input[name="website"]').waitFor({ state: 'attached' });
    const shown = [];
    const hidden = {
      "form steps' second step": 'qulay-form-steps qulay-form-step:nth-of-type(2)',
      "the agency's own submit button inside form steps": 'qulay-form-steps .agency-submit',
      "feedback's agency fallback form": 'qulay-feedback .agency-fallback',
      "feedback's honeypot field": 'qulay-feedback input[name="website"]',
    };
    for (const [what, selector] of Object.entries(hidden)) if (await seenByPeople(page, selector)) shown.push(what);
    const panelHidden = await page.evaluate(
      () => !document.querySelector('qulay-a11y-panel').shadowRoot.querySelector('[part~="panel"]').checkVisibility(),
    );
    if (!panelHidden) shown.push("the closed accessibility panel's settings");
    await screenshot(page, 'hostile-page');
    assert.deepEqual(shown, [], `visible although the kit hides them: ${shown.join('; ')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps focus visible on every kit control reached with Tab, despite *:focus { outline: none !important }', async () => {
    const { context, page, problems } = await openHostile();
    await page.evaluate(() => document.querySelector('qulay-feedback [data-qulay-feedback] button[name="useful"]').click());
    await page.evaluate(() => document.activeElement?.blur());
    const stops = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const state = await focusState(page);
      if (!state || (stops.length && JSON.stringify(state) === JSON.stringify(stops[0]))) break;
      stops.push(state);
    }
    const kitStops = stops.filter((s) => s.kit);
    assert.ok(kitStops.length >= 12, `kit focus stops: ${kitStops.length}`);
    const invisible = kitStops.filter((s) => !s.visibleFocus).map((s) => `${s.where} <${s.tag}> "${s.text}" (outline ${s.outline})`);
    assert.deepEqual(invisible, [], `no visible focus on:\n${invisible.join('\n')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  const works = worksOn(openHostile, 'works there');

  works('the skip link moves focus to main', async (page) => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'main');
  });

  works('the panel opens and switches high contrast', async (page) => {
    await page.locator('qulay-a11y-panel [part~="toggle"]').click();
    assert.equal(await page.locator('qulay-a11y-panel [part~="panel"]').isVisible(), true);
    await page.locator('qulay-a11y-panel #contrast').check();
    assert.equal(await page.getAttribute('html', 'data-qulay-contrast'), 'high');
  });

  works('listen reads its region and stops', async (page) => {
    await page.locator('#listen-first button').first().click();
    await page.waitForFunction(() => document.querySelector('#listen-first').reader.state === 'playing');
    assert.match(await page.evaluate(() => window.fakeSpeech.spoken[0]), /^Первый текст/);
    await page.locator('#listen-first button').nth(1).click();
    assert.equal(await page.evaluate(() => document.querySelector('#listen-first').reader.state), 'idle');
  });

  works("the card's title is a visible link", async (page) => {
    assert.equal(await page.locator('main > qulay-service-card [part~="link"]').isVisible(), true);
    assert.match(await page.locator('main > qulay-service-card').innerText(), /Справка о судимости/);
  });

  works('catalog search narrows the list', async (page) => {
    await page.locator('qulay-service-catalog search input').first().fill('судимости');
    await page.waitForFunction(() => document.querySelectorAll('qulay-service-catalog .results li').length === 1);
    assert.match(await page.locator('qulay-service-catalog .results li').first().innerText(), /судимости/);
  });

  works('the rating is chosen with arrow keys', async (page) => {
    await page.locator('qulay-rating[name="stars"] [role="radio"]').first().focus();
    // The ARIA radio-group pattern: from an unchecked group, each arrow moves on and checks.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.querySelector('qulay-rating[name="stars"]').value), 3);
  });

  works('form steps: Continue shows step 2, and only step 2', async (page) => {
    await page.locator('#full-name').fill('Иванова Анна');
    await page.locator('qulay-form-steps [data-qulay-steps="nav"] button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('qulay-form-steps').index === 1);
    assert.equal(await seenByPeople(page, 'qulay-form-steps qulay-form-step:nth-of-type(2)'), true, 'step 2 is shown');
    assert.equal(await seenByPeople(page, 'qulay-form-steps qulay-form-step:nth-of-type(1)'), false, 'step 1 is hidden');
  });

  works("form steps: an empty required field gives the error summary, focused, and the field's message", async (page) => {
    await page.locator('qulay-form-steps [data-qulay-steps="nav"] button[type="submit"]').click();
    await page.waitForFunction(() => document.activeElement?.dataset.qulaySteps === 'summary');
    assert.equal(await seenByPeople(page, '[data-qulay-steps="summary"] h2'), true, 'the summary is seen');
    assert.equal(await seenByPeople(page, 'qulay-form-steps .qulay-error-message'), true, "the field's message is seen");
    assert.equal(await page.locator('#full-name').getAttribute('aria-invalid'), 'true');
  });

  works('feedback: answering shows the comment box', async (page) => {
    await page.evaluate(() => document.querySelector('qulay-feedback [data-qulay-feedback] button[name="useful"]').click());
    await page.locator('[data-qulay-feedback] textarea[name="comment"]').fill('Всё понятно');
    assert.equal(await seenByPeople(page, '[data-qulay-feedback] textarea[name="comment"]'), true);
  });

  works("sign-in buttons are named links to the agency's routes", async (page) => {
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('qulay-login-button')].map((b) => {
        const a = b.shadowRoot.querySelector('a');
        return { path: new URL(a.href).pathname, text: a.textContent.trim(), visible: a.checkVisibility() };
      }),
    );
    assert.deepEqual(
      links.map(({ path, visible }) => ({ path, visible })),
      [
        { path: '/signin/oneid', visible: true },
        { path: '/signin/eimzo', visible: true },
      ],
    );
    assert.match(links[0].text, /Войти через OneID$/);
    assert.match(links[1].text, /Войти через E-IMZO$/);
  });

  it('keeps its light-DOM controls usable: radios and checkboxes drawn, buttons and fields a 24 px target', async () => {
    const { context, page, problems } = await openHostile();
    await page.evaluate(() => document.querySelector('qulay-feedback [data-qulay-feedback] button[name="useful"]').click());
    await page.waitForTimeout(100);
    const broken = await page.evaluate(() => {
      const controls = document.querySelectorAll(
        ['qulay-service-catalog', '[data-qulay-feedback]', '[data-qulay-steps]']
          .map((scope) => `${scope} input:not([type="hidden"]):not([name="website"]), ${scope} button, ${scope} select, ${scope} textarea`)
          .join(', '),
      );
      return [...controls].flatMap((el) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const name = `<${el.closest('qulay-service-catalog, qulay-feedback, qulay-form-steps').localName}> <${el.localName}${el.type ? ` type=${el.type}` : ''}> "${(el.name || el.textContent).trim().slice(0, 30)}"`;
        const problems = [];
        // A radio or checkbox whose appearance a reset removed shows nothing: the choice is invisible.
        if ((el.type === 'radio' || el.type === 'checkbox') && s.appearance === 'none') problems.push(`${name}: appearance none`);
        if (r.width < 24 || r.height < 24) {
          const label = el.closest('label')?.getBoundingClientRect();
          if (!label || label.height < 24) problems.push(`${name}: ${Math.round(r.width)}×${Math.round(r.height)} px`);
        }
        return problems;
      });
    });
    assert.deepEqual(broken, [], broken.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("keeps its own colours and target sizes where page CSS cannot reach (shadow DOM)", async () => {
    const { context, page, problems } = await openHostile();
    const looks = await page.evaluate(() => {
      const part = (tag, selector) => document.querySelector(tag).shadowRoot.querySelector(selector);
      const parts = {
        'panel button': part('qulay-a11y-panel', '[part~="toggle"]'),
        'sign-in link': part('qulay-login-button', '[part~="link"]'),
        'listen button': part('qulay-listen', 'button'),
        'card': part('main > qulay-service-card', '[part~="card"]'),
        'rating star': part('qulay-rating[name="stars"]', '[role="radio"]'),
      };
      return Object.entries(parts).map(([name, el]) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return { name, color: s.color, background: s.backgroundColor, width: r.width, height: r.height };
      });
    });
    await screenshot(page, 'hostile-page-shadow-parts');
    for (const { name, color, background, width, height } of looks) {
      assert.notEqual(color, magenta, `${name}: text colour comes from the page`);
      assert.notEqual(background, lime, `${name}: background comes from the page`);
      assert.ok(width >= 24 && height >= 24, `${name}: ${width}×${height} px target`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
