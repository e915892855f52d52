import { msg, str } from '@lit/localize';
import type { SignInError } from '@qulay/core';

export type Provider = 'oneid' | 'myid' | 'eimzo' | 'oidc';

const names: Record<Exclude<Provider, 'oidc'>, string> = { oneid: 'OneID', myid: 'MyID', eimzo: 'E-IMZO' };

/** "OneID orqali kirish", "Войти через OneID", "Sign in with OneID". */
export function providerLabel(provider: Provider): string {
  if (provider === 'oidc') return msg('Sign in', { desc: 'A generic sign-in button.' });
  const name = names[provider];
  return msg(str`Sign in with ${name}`, { desc: 'Sign-in button; the name is OneID, MyID or E-IMZO.' });
}

/** The neutral text mark shown when the agency gives no official logo. */
export function providerMark(provider: Provider): string {
  return provider === 'oidc' ? '' : names[provider];
}

export function providerHint(provider: Provider): string {
  switch (provider) {
    case 'oneid':
      return msg('Login and password, mobile phone or an E-IMZO key');
    case 'myid':
      return msg('Face recognition with your camera');
    case 'eimzo':
      return msg('Electronic digital signature key');
    default:
      return '';
  }
}

/** What to tell a citizen when a sign-in callback fails, in the page language. */
export function signInErrorMessage(error: SignInError | { code: string; providerError?: string }): string {
  if (error.code === 'provider-error') {
    return error.providerError === 'access_denied'
      ? msg('Sign-in was cancelled. You can try again.')
      : msg('The sign-in service could not sign you in. Please try again.');
  }
  return msg('This sign-in link has expired or was already used. Please sign in again.');
}
