// The demo agency site's server: plain HTML pages (filled from a tiny template, as an agency
// CMS would), the kit's single-file build at /dist/qulay.js, the eSpeak engine at /espeak/
// (loaded by the accessibility panel when read-aloud is on), and the built Storybook at
// /storybook/. Every HTML page is sent with a strict Content-Security-Policy, so the demo
// proves the kit needs no inline script or style.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { sendStatic } from '../../test/tools/static-server.mjs';
import { randomBytes } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { pageText, siteLanguages } from './content.mjs';
import { demoClientId, startProvider } from './oidc.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const repoRoot = here('../../');
const servicesJson = readFileSync(here('../../test/fixtures/services.json'), 'utf8');
const services = JSON.parse(servicesJson).services;

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  // qulay-espeak: the eSpeak engine starts its Worker through this Trusted Types policy.
  "trusted-types lit-html qulay-espeak 'allow-duplicates'",
].join('; ');

/**
 * A page of the demo site: the shared layout (header with languages, sign-in and the
 * accessibility panel; footer) around a page's own main content, both filled from the same
 * values. `trusted` names values that are already-built HTML.
 */
function page(name, values, trusted = []) {
  const main = fill(readFileSync(here(`./pages/${name}.html`), 'utf8'), values, trusted);
  return fill(readFileSync(here('./pages/layout.html'), 'utf8'), { ...values, main }, [...trusted, 'main']);
}

const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Fills `{{key}}` slots; values are escaped unless listed in `trusted` (already-built HTML). */
function fill(template, values, trusted = []) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) =>
    trusted.includes(key) ? values[key] ?? '' : escapeHtml(values[key] ?? ''),
  );
}

/** The page language from `?lang=`; the portal's own `oz` and `uz` aliases are accepted. */
export function siteLanguage(searchParams) {
  const requested = (searchParams.get('lang') ?? '').toLowerCase();
  const aliases = { oz: 'uz-Latn', uz: 'uz-Latn', kaa: 'kaa-Latn' };
  const match = siteLanguages.find((l) => l.lang.toLowerCase() === requested);
  return match?.lang ?? aliases[requested] ?? 'uz-Latn';
}

function languageLinks(current, path) {
  return siteLanguages
    .map(({ lang, label }) => {
      const currentAttr = lang === current ? ' aria-current="page"' : '';
      return `<li><a href="${path}?lang=${lang}" hreflang="${lang}" lang="${lang}"${currentAttr}>${escapeHtml(label)}</a></li>`;
    })
    .join('');
}

const serviceName = (service, lang) => service.name[lang] ?? service.name['uz-Latn'] ?? service.name.en;

function homePage(lang) {
  const serviceLinks = services
    .map((service) => `<li><a href="/services/${encodeURIComponent(service.id)}?lang=${lang}">${escapeHtml(serviceName(service, lang))}</a></li>`)
    .join('');
  return page(
    'home',
    { ...pageText[lang], lang, pageTitle: pageText[lang].title, languageLinks: languageLinks(lang, '/'), serviceLinks },
    ['languageLinks', 'serviceLinks'],
  );
}

/** The card's attributes for a service, as an agency's CMS would write them. */
function cardAttributes(service) {
  const attributes = { category: service.type, channels: (service.channels ?? []).map((c) => (c === 'psc' ? 'office' : c)).join(' ') };
  const fee = (who) => service.feeBhm?.[who];
  if (fee('individual') !== null && fee('individual') !== undefined) attributes['fee-bhm-individual'] = fee('individual');
  if (fee('legal') !== null && fee('legal') !== undefined) attributes['fee-bhm-legal'] = fee('legal');
  const { value, unit } = service.term ?? {};
  if (unit === 'instant') attributes.term = 'instant';
  else if (unit === 'day' || unit === 'workingDay') attributes.term = `P${value}D`;
  if (unit === 'workingDay') attributes['term-working-days'] = '';
  if (service.proactive) attributes.proactive = '';
  if (service.rating) {
    attributes.rating = service.rating.avg;
    attributes['rating-count'] = service.rating.count;
  }
  return Object.entries(attributes)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeHtml(value)}"`))
    .join(' ');
}

function servicePage(service, lang, thanked = false) {
  const path = `/services/${encodeURIComponent(service.id)}`;
  const name = serviceName(service, lang);
  return page(
    'service',
    {
      ...pageText[lang],
      lang,
      name,
      pageTitle: `${name} — ${pageText[lang].brand}`,
      agency: service.agency[lang] ?? service.agency['uz-Latn'] ?? service.agency.en,
      id: service.id,
      languageLinks: languageLinks(lang, path),
      cardAttributes: cardAttributes(service),
      thanksNotice: thanked ? `<p class="site-notice" role="status">${escapeHtml(pageText[lang].thanks)}</p>` : '',
      applyAction:
        service.id === 'criminal-record-certificate'
          ? `<p><a class="site-apply" href="/services/criminal-record-certificate/apply?lang=${lang}">${escapeHtml(pageText[lang].applyLink)}</a></p>`
          : '',
    },
    ['languageLinks', 'cardAttributes', 'thanksNotice', 'applyAction'],
  );
}

/** Signed-in sessions of the demo, by cookie value. */
function sessionOf(request, sessions) {
  const cookie = /(?:^|;\s*)qulay_demo_session=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
  return cookie ? sessions.get(cookie) : undefined;
}

function signInPage(lang, user, auth) {
  const text = pageText[lang];
  const content = user
    ? `<qulay-login-button user-name="${escapeHtml(user.name)}" logout-href="/signout?lang=${lang}"></qulay-login-button>`
    : `<qulay-login-options>
        <qulay-login-button provider="oneid" disabled><span slot="disabled-reason">${escapeHtml(text.notConnected)}</span></qulay-login-button>
        <qulay-login-button provider="oidc" label="${escapeHtml(text.demoSignIn)}"
          authorize-url="${escapeHtml(auth.authorizeUrl)}" client-id="${demoClientId}"
          redirect-uri="${escapeHtml(auth.redirectUri)}" scope="openid profile"></qulay-login-button>
        <qulay-login-button provider="myid" disabled><span slot="disabled-reason">${escapeHtml(text.notConnected)}</span></qulay-login-button>
      </qulay-login-options>`;
  return signInLayout(lang, content);
}

function signInLayout(lang, content) {
  const text = pageText[lang];
  return page(
    'signin',
    { ...text, lang, pageTitle: `${text.signInTitle} — ${text.brand}`, languageLinks: languageLinks(lang, '/signin'), content },
    ['languageLinks', 'content'],
  );
}

function callbackPage(lang) {
  const text = pageText[lang];
  const content = `<p id="signin-status" role="alert" hidden></p>
    <p id="signin-again" hidden><a href="/signin?lang=${lang}">${escapeHtml(text.signInAgain)}</a></p>
    <script type="module" src="/demo/signin-callback.js"></script>`;
  return signInLayout(lang, content);
}

/** The agency's backend half: exchange the code with the verifier, check the ID token's nonce. */
async function exchangeCode(request, response, auth) {
  const json = (status, value, headers = {}) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(value));
  };
  let body;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    return json(400, { message: 'Bad request' });
  }
  try {
    const options = { [oauth.allowInsecureRequests]: true };
    const issuer = new URL(auth.issuer);
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
    const client = { client_id: demoClientId };
    const params = oauth.validateAuthResponse(as, client, new URL(body.callbackUrl), body.state);
    const tokenResponse = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, auth.redirectUri, body.codeVerifier, options);
    const result = await oauth.processAuthorizationCodeResponse(as, client, tokenResponse, { expectedNonce: body.nonce, requireIdToken: true });
    const claims = oauth.getValidatedIdTokenClaims(result);
    const session = randomBytes(18).toString('base64url');
    auth.sessions.set(session, { sub: claims.sub, name: String(claims.name ?? claims.sub), nonce: claims.nonce });
    auth.exchanges.push({ sub: claims.sub, nonce: claims.nonce });
    return json(200, { sub: claims.sub }, { 'set-cookie': `qulay_demo_session=${session}; Path=/; HttpOnly; SameSite=Lax` });
  } catch (error) {
    auth.failures.push(String(error?.message ?? error));
    return json(400, { message: 'The sign-in could not be completed.' });
  }
}

const applications = { count: 0, received: [] };

function applyPage(lang) {
  const service = services.find((s) => s.id === 'criminal-record-certificate');
  const name = serviceName(service, lang);
  return page(
    'apply',
    { ...pageText[lang], lang, name, pageTitle: `${pageText[lang].applyTitle} — ${pageText[lang].brand}`, languageLinks: languageLinks(lang, '/services/criminal-record-certificate/apply') },
    ['languageLinks'],
  );
}

/** The demo's application endpoint: a number for a valid application, field errors otherwise. */
async function receiveApplication(request, response) {
  const type = request.headers['content-type'] ?? '';
  const raw = await readBody(request);
  const plainForm = type.startsWith('application/x-www-form-urlencoded');
  let body;
  try {
    body = plainForm ? Object.fromEntries(new URLSearchParams(raw)) : JSON.parse(raw);
  } catch {
    body = {};
  }
  const lang = siteLanguage(new URLSearchParams({ lang: body.lang ?? '' }));
  const text = pageText[lang];
  const errors = {};
  if (!/^[0-9]{14}$/.test(body.pinfl ?? '')) errors.pinfl = text.pinflError;
  else if (/^0+$/.test(body.pinfl)) errors.pinfl = text.pinflRejected;
  if (!String(body.fullName ?? '').trim()) errors.fullName = text.fullName;
  const ok = Object.keys(errors).length === 0;
  let number;
  if (ok) {
    applications.count++;
    number = `QR-2026-${String(applications.count).padStart(6, '0')}`;
    applications.received.push({ number, ...body });
  }
  if (plainForm) {
    const content = ok
      ? `<p role="status">${escapeHtml(text.received)} <strong>${escapeHtml(number)}</strong></p>`
      : `<ul role="alert">${Object.values(errors).map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul><p><a href="/services/criminal-record-certificate/apply?lang=${lang}">${escapeHtml(text.applyLink)}</a></p>`;
    return sendHtml(response, page('signin', { ...text, lang, signInTitle: text.applyTitle, pageTitle: text.applyTitle, languageLinks: languageLinks(lang, '/'), content }, ['languageLinks', 'content']), ok ? 201 : 422);
  }
  response.writeHead(ok ? 201 : 422, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(ok ? { number, message: text.received } : { errors }));
}

function sendHtml(response, html, status = 200, lang = undefined) {
  response.writeHead(status, {
    // The page language outlives the provider's round trip, whose callback URL has no ?lang.
    ...(lang ? { 'set-cookie': `qulay_demo_lang=${lang}; Path=/; SameSite=Lax` } : {}),
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  });
  response.end(html);
}

/**
 * What the demo server has received as feedback, by idempotency key; tests read it and can
 * make the next answers fail.
 */
export function createFeedbackStore() {
  return { received: new Map(), duplicates: 0, failNext: 0 };
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > 100_000) request.destroy();
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

async function receiveFeedback(request, response, store) {
  const type = request.headers['content-type'] ?? '';
  const body = await readBody(request);
  const json = (status, value) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(value));
  };
  if (store.failNext > 0) {
    store.failNext--;
    return json(500, { message: 'Temporary failure' });
  }
  let submission;
  let key = request.headers['idempotency-key'];
  const plainForm = type.startsWith('application/x-www-form-urlencoded');
  try {
    submission = plainForm ? Object.fromEntries(new URLSearchParams(body)) : JSON.parse(body);
  } catch {
    return json(400, { message: 'The feedback could not be read.' });
  }
  if (plainForm) key = `form-${store.received.size + 1}-${Date.now()}`;
  const service = services.find((s) => s.id === submission.service);
  if (!service) return json(422, { message: `Unknown service: ${String(submission.service).slice(0, 80)}` });
  if (typeof submission.comment === 'string' && submission.comment.length > 5000) return json(422, { message: 'The comment is too long.' });
  if (!key) return json(400, { message: 'An Idempotency-Key header is required.' });
  if (store.received.has(key)) {
    store.duplicates++;
  } else {
    store.received.set(key, submission);
  }
  if (plainForm) {
    const lang = siteLanguage(new URLSearchParams({ lang: submission.lang ?? '' }));
    response.writeHead(303, { location: `/services/${encodeURIComponent(service.id)}?lang=${lang}&feedback=thanks` });
    return response.end();
  }
  return json(201, { id: key });
}

export function handle(request, response, store = createFeedbackStore(), auth = undefined) {
  const url = new URL(request.url, 'http://localhost');
  const path = url.pathname;
  if (!url.searchParams.has('lang')) {
    const remembered = /(?:^|;\s*)qulay_demo_lang=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
    if (remembered) url.searchParams.set('lang', remembered);
  }
  if (path === '/' || path === '/index.html') {
    const lang = siteLanguage(url.searchParams);
    return sendHtml(response, homePage(lang), 200, lang);
  }
  if (path === '/demo/services.json') {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
    return response.end(servicesJson);
  }
  if (path === '/api/feedback' && request.method === 'POST') return receiveFeedback(request, response, store);
  if (path === '/api/applications' && request.method === 'POST') return receiveApplication(request, response);
  if (path === '/services/criminal-record-certificate/apply') {
    const lang = siteLanguage(url.searchParams);
    return sendHtml(response, applyPage(lang), 200, lang);
  }
  if (auth && path === '/signin') {
    const lang = siteLanguage(url.searchParams);
    return sendHtml(response, signInPage(lang, sessionOf(request, auth.sessions), auth), 200, lang);
  }
  if (auth && path === '/signin/callback') return sendHtml(response, callbackPage(siteLanguage(url.searchParams)));
  if (auth && path === '/api/signin' && request.method === 'POST') return exchangeCode(request, response, auth);
  if (path === '/signout') {
    response.writeHead(303, { location: `/signin?lang=${siteLanguage(url.searchParams)}`, 'set-cookie': 'qulay_demo_session=; Path=/; Max-Age=0' });
    return response.end();
  }
  if (path === '/api/feedback') {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    return response.end(JSON.stringify({ received: store.received.size, duplicates: store.duplicates }));
  }
  const serviceMatch = /^\/services\/([\w-]+)$/.exec(path);
  if (serviceMatch) {
    const service = services.find((s) => s.id === serviceMatch[1]);
    const lang = siteLanguage(url.searchParams);
    if (service) return sendHtml(response, servicePage(service, lang, url.searchParams.get('feedback') === 'thanks'), 200, lang);
  }
  if (path === '/storybook') {
    response.writeHead(301, { location: '/storybook/' });
    return response.end();
  }
  const mounts = [
    ['/demo/', here('./')],
    ['/dist/', `${repoRoot}dist/`],
    // The eSpeak NG engine (GPL-3.0-or-later) as an agency would host it: its one-file
    // installer, its Worker and eSpeak's data, fetched only when read-aloud is first used.
    ['/espeak/', `${repoRoot}packages/speech-engine-espeak/dist/`],
    ['/storybook/', `${repoRoot}storybook-static/`],
  ];
  for (const [prefix, dir] of mounts) {
    if (path.startsWith(prefix) && !path.endsWith('.mjs') && sendStatic(dir, path.slice(prefix.length), response)) return;
  }
  sendHtml(response, '<!doctype html><html lang="en"><title>Not found</title><h1>Not found</h1>', 404);
}

/**
 * Starts the demo server on 127.0.0.1, and a local OpenID provider beside it (port + 1 when a
 * port is given); resolves to { server, url, feedback, auth }.
 */
export async function startDemoServer(port = 0) {
  applications.count = 0;
  applications.received = [];
  const feedback = createFeedbackStore();
  const auth = { sessions: new Map(), exchanges: [], failures: [] };
  const server = createServer(async (request, response) => {
    try {
      await handle(request, response, feedback, auth);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end('Server error');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  auth.redirectUri = `${url}/signin/callback`;
  const provider = await startProvider({ port: port ? port + 1 : 0, redirectUri: auth.redirectUri });
  auth.issuer = provider.issuer;
  auth.authorizeUrl = `${provider.issuer}/auth`;
  // Closing the demo server closes its provider too.
  server.on('close', () => provider.server.close());
  return { server, url, feedback, auth, provider, applications };
}
