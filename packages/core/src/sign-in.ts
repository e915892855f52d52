import { calculatePKCECodeChallenge, generateRandomCodeVerifier, generateRandomNonce, generateRandomState } from 'oauth4webapi';
import { safeUrl } from './safe-url.js';

/**
 * Public-client sign-in (OpenID Connect authorization code with PKCE), the browser half.
 * The page keeps `state`, `nonce` and the PKCE verifier in `sessionStorage`, keyed by
 * `state`, and hands the code and verifier to the agency's backend, which exchanges them.
 * A client secret never belongs in a page.
 */

export type SignInErrorCode = 'missing-state' | 'unknown-state' | 'reused-state' | 'state-mismatch' | 'missing-verifier' | 'missing-code' | 'provider-error' | 'unsafe-url';

/** A sign-in callback that must not be trusted; nothing is returned with it. */
export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    message: string,
    /** The provider's `error` parameter, for `provider-error` (`access_denied`, …). */
    readonly providerError?: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

export interface SignInRequest {
  /** The provider's authorization endpoint; a relative value resolves against the page. */
  authorizeUrl: string;
  clientId: string;
  /** Where the provider sends the user back; a relative value is sent resolved against the page. */
  redirectUri: string;
  scope?: string;
  /** `code` for OpenID Connect; OneID uses `one_code`. */
  responseType?: string;
}

interface StoredSignIn {
  codeVerifier?: string;
  nonce: string;
  redirectUri: string;
  createdAt: number;
}

const key = (state: string) => `qulay:signin:${state}`;
const usedKey = (state: string) => `qulay:signin-used:${state}`;

/**
 * Creates state, nonce and a PKCE verifier (S256), stores them, and returns the authorize URL.
 * @throws TypeError when an address does not parse; SignInError `unsafe-url` when it is not
 * http(s) (a `javascript:` authorize URL would run script when the page navigates to it)
 */
export async function startSignIn(request: SignInRequest): Promise<string> {
  // Both addresses are parsed first (relative ones against the page), so a bad one throws
  // before anything is stored, and the provider always gets an absolute redirect_uri.
  const url = new URL(request.authorizeUrl, globalThis.document?.baseURI);
  const redirectUri = new URL(request.redirectUri, globalThis.document?.baseURI).href;
  // A direct caller skips the sign-in element's own check: the one URL check runs here too.
  for (const [name, value] of [['authorizeUrl', url.href], ['redirectUri', redirectUri]] as const) {
    if (!safeUrl(value)) throw new SignInError('unsafe-url', `The ${name} is not an http(s) address: ${JSON.stringify(value.slice(0, 100))}.`);
  }
  const state = generateRandomState();
  const nonce = generateRandomNonce();
  const codeVerifier = generateRandomCodeVerifier();
  const challenge = await calculatePKCECodeChallenge(codeVerifier);
  const stored: StoredSignIn = { codeVerifier, nonce, redirectUri, createdAt: Date.now() };
  sessionStorage.setItem(key(state), JSON.stringify(stored));
  url.searchParams.set('response_type', request.responseType ?? 'code');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  if (request.scope) url.searchParams.set('scope', request.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.href;
}

/** The PKCE S256 challenge of a verifier (RFC 7636), for tests and servers. */
export { calculatePKCECodeChallenge };

/**
 * Verifies the callback's `state` against what this tab stored, clears it (a callback works
 * once), and returns what the backend needs for the code exchange.
 * @throws SignInError when the state is missing, unknown, reused or for another redirect URI,
 * when the verifier is missing, or when the provider answered with an error
 */
export function completeSignIn(url: string = location.href): { code: string; codeVerifier: string; nonce: string; state: string } {
  const callback = new URL(url);
  const params = callback.searchParams;
  const state = params.get('state');
  const providerError = params.get('error');
  if (providerError) {
    if (state) {
      sessionStorage.removeItem(key(state));
      sessionStorage.setItem(usedKey(state), '1');
    }
    throw new SignInError('provider-error', `The provider refused the sign-in: ${providerError}.`, providerError);
  }
  if (!state) throw new SignInError('missing-state', 'The callback has no state parameter.');
  if (sessionStorage.getItem(usedKey(state))) throw new SignInError('reused-state', 'This callback was already used.');
  const raw = sessionStorage.getItem(key(state));
  if (!raw) throw new SignInError('unknown-state', 'No sign-in was started with this state in this tab.');
  sessionStorage.removeItem(key(state));
  sessionStorage.setItem(usedKey(state), '1');
  let stored: StoredSignIn;
  try {
    stored = JSON.parse(raw) as StoredSignIn;
  } catch {
    throw new SignInError('missing-verifier', 'The stored sign-in could not be read.');
  }
  const expected = new URL(stored.redirectUri, callback.href);
  if (expected.origin !== callback.origin || expected.pathname !== callback.pathname) {
    throw new SignInError('state-mismatch', 'The callback arrived at another address than the sign-in started for.');
  }
  if (!stored.codeVerifier) throw new SignInError('missing-verifier', 'The PKCE verifier for this sign-in is missing.');
  const code = params.get('code');
  if (!code) throw new SignInError('missing-code', 'The callback has no code parameter.');
  return { code, codeVerifier: stored.codeVerifier, nonce: stored.nonce, state };
}
