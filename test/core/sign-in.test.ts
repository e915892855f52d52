import { expect } from '@open-wc/testing';
import { calculatePKCECodeChallenge, completeSignIn, SignInError, startSignIn } from '@qulay/core';

const request = {
  authorizeUrl: 'https://sso.egov.uz/sso/oauth/Authorization.do',
  clientId: 'agency-client',
  redirectUri: `${location.origin}/callback`,
  scope: 'agency_scope',
};

function expectError(run: () => unknown, code: string) {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(SignInError);
    expect((error as SignInError).code).to.equal(code);
    return error as SignInError;
  }
  throw new Error(`expected a SignInError ${code}`);
}

describe('startSignIn / completeSignIn', () => {
  beforeEach(() => sessionStorage.clear());

  it('computes the PKCE S256 challenge of the RFC 7636 test vector', async () => {
    expect(await calculatePKCECodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).to.equal('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('builds an OpenID Connect authorize URL with state, nonce and an S256 challenge', async () => {
    const url = new URL(await startSignIn({ ...request, authorizeUrl: 'https://id.example.uz/authorize?prompt=login' }));
    const p = url.searchParams;
    expect(url.origin + url.pathname).to.equal('https://id.example.uz/authorize');
    expect(p.get('prompt')).to.equal('login');
    expect(p.get('response_type')).to.equal('code');
    expect(p.get('client_id')).to.equal('agency-client');
    expect(p.get('redirect_uri')).to.equal(request.redirectUri);
    expect(p.get('scope')).to.equal('agency_scope');
    expect(p.get('code_challenge_method')).to.equal('S256');
    const state = p.get('state')!;
    const stored = JSON.parse(sessionStorage.getItem(`qulay:signin:${state}`)!);
    expect(stored.nonce).to.equal(p.get('nonce'));
    expect(await calculatePKCECodeChallenge(stored.codeVerifier)).to.equal(p.get('code_challenge'));
    expect(state).to.match(/^[A-Za-z0-9_-]{32,}$/);
  });

  it('builds OneID\'s authorize URL with response_type=one_code', async () => {
    const url = new URL(await startSignIn({ ...request, responseType: 'one_code' }));
    expect(url.href.startsWith('https://sso.egov.uz/sso/oauth/Authorization.do?')).to.equal(true);
    expect(url.searchParams.get('response_type')).to.equal('one_code');
  });

  it('resolves a relative authorize URL and redirect URI against the page (the provider gets an absolute redirect_uri)', async () => {
    const url = new URL(await startSignIn({ ...request, authorizeUrl: '/authorize', redirectUri: '/callback' }));
    expect(url.origin + url.pathname).to.equal(`${location.origin}/authorize`);
    expect(url.searchParams.get('redirect_uri')).to.equal(`${location.origin}/callback`);
    const state = url.searchParams.get('state')!;
    expect(JSON.parse(sessionStorage.getItem(`qulay:signin:${state}`)!).redirectUri).to.equal(`${location.origin}/callback`);
    expect(completeSignIn(`${location.origin}/callback?code=c&state=${state}`).code).to.equal('c');
  });

  it('an address that does not parse throws before anything is stored', async () => {
    for (const bad of [{ authorizeUrl: 'https://[id.example.uz/authorize' }, { redirectUri: 'https://[portal/callback' }]) {
      let thrown: unknown;
      try {
        await startSignIn({ ...request, ...bad });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(bad)).to.be.instanceOf(TypeError);
      expect(sessionStorage.length, 'no sign-in state is left behind').to.equal(0);
    }
  });

  it('a javascript:, data: or other non-http(s) address throws unsafe-url before anything is stored', async () => {
    for (const bad of [
      { authorizeUrl: 'javascript:alert(1)//' },
      { authorizeUrl: 'java\tscript:alert(1)' },
      { authorizeUrl: 'data:text/html,<script>alert(1)</script>' },
      { redirectUri: 'javascript:alert(1)' },
      { redirectUri: 'ftp://portal.example.uz/callback' },
    ]) {
      let thrown: unknown;
      try {
        await startSignIn({ ...request, ...bad });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(bad)).to.be.instanceOf(SignInError);
      expect((thrown as SignInError).code).to.equal('unsafe-url');
      expect(sessionStorage.length, 'no sign-in state is left behind').to.equal(0);
    }
  });

  it('returns code, verifier and nonce once, then refuses the same callback', async () => {
    const url = new URL(await startSignIn(request));
    const state = url.searchParams.get('state')!;
    const callback = `${request.redirectUri}?code=the-code&state=${state}`;
    const result = completeSignIn(callback);
    expect(result.code).to.equal('the-code');
    expect(result.nonce).to.equal(url.searchParams.get('nonce'));
    expect(await calculatePKCECodeChallenge(result.codeVerifier)).to.equal(url.searchParams.get('code_challenge'));
    expect(sessionStorage.getItem(`qulay:signin:${state}`)).to.equal(null);
    expectError(() => completeSignIn(callback), 'reused-state');
  });

  it('refuses a missing, unknown or mismatched state, a missing verifier or code, and provider errors', async () => {
    expectError(() => completeSignIn(`${request.redirectUri}?code=c`), 'missing-state');
    expectError(() => completeSignIn(`${request.redirectUri}?code=c&state=made-up`), 'unknown-state');
    const state = new URL(await startSignIn(request)).searchParams.get('state');
    expectError(() => completeSignIn(`${location.origin}/elsewhere?code=c&state=${state}`), 'state-mismatch');
    sessionStorage.setItem('qulay:signin:nv', JSON.stringify({ nonce: 'n', redirectUri: request.redirectUri, createdAt: 0 }));
    expectError(() => completeSignIn(`${request.redirectUri}?code=c&state=nv`), 'missing-verifier');
    const other = new URL(await startSignIn(request)).searchParams.get('state');
    expectError(() => completeSignIn(`${request.redirectUri}?state=${other}`), 'missing-code');
    const denied = expectError(() => completeSignIn(`${request.redirectUri}?error=access_denied&state=x`), 'provider-error');
    expect(denied.providerError).to.equal('access_denied');
  });
});
