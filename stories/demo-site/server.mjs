// The demo agency site's server: plain HTML pages (filled from a tiny template, as an agency
// CMS would), the kit's single-file build at /dist/qulay.js, and the built Storybook at
// /storybook/. Every HTML page is sent with a strict Content-Security-Policy, so the demo
// proves the kit needs no inline script or style.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { sendStatic } from '../../test/tools/static-server.mjs';
import { pageText, siteLanguages } from './content.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const repoRoot = here('../../');
const services = JSON.parse(readFileSync(here('../../test/fixtures/services.json'), 'utf8')).services;

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
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

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

function homePage(lang) {
  const template = readFileSync(here('./pages/home.html'), 'utf8');
  const serviceLinks = services
    .map((service) => `<li>${escapeHtml(service.name[lang] ?? service.name.en)}</li>`)
    .join('');
  return fill(
    template,
    { ...pageText[lang], lang, languageLinks: languageLinks(lang, '/'), serviceLinks },
    ['languageLinks', 'serviceLinks'],
  );
}

function sendHtml(response, html, status = 200) {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  });
  response.end(html);
}

export function handle(request, response) {
  const url = new URL(request.url, 'http://localhost');
  const path = url.pathname;
  if (path === '/' || path === '/index.html') return sendHtml(response, homePage(siteLanguage(url.searchParams)));
  if (path === '/storybook') {
    response.writeHead(301, { location: '/storybook/' });
    return response.end();
  }
  const mounts = [
    ['/demo/', here('./')],
    ['/dist/', `${repoRoot}dist/`],
    ['/storybook/', `${repoRoot}storybook-static/`],
  ];
  for (const [prefix, dir] of mounts) {
    if (path.startsWith(prefix) && !path.endsWith('.mjs') && sendStatic(dir, path.slice(prefix.length), response)) return;
  }
  sendHtml(response, '<!doctype html><html lang="en"><title>Not found</title><h1>Not found</h1>', 404);
}

/** Starts the demo server on 127.0.0.1; resolves to { server, url }. */
export function startDemoServer(port = 0) {
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end('Server error');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}
