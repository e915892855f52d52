import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@qulay/elements/define/qulay-login-options.js';

interface LoginArgs {
  provider: 'oneid' | 'myid' | 'eimzo' | 'oidc';
  href: string;
  label: string;
  disabled: boolean;
  userName: string;
}

const meta: Meta<LoginArgs> = {
  title: 'Components/Sign-in button',
  component: 'qulay-login-button',
  args: { provider: 'oneid', href: '#/auth/oneid', label: '', disabled: false, userName: '' },
  argTypes: { provider: { control: 'inline-radio', options: ['oneid', 'myid', 'eimzo', 'oidc'] } },
  render: (a) => html`<qulay-login-button
    provider=${a.provider}
    href=${a.href || nothing}
    label=${a.label || nothing}
    ?disabled=${a.disabled}
    user-name=${a.userName || nothing}
    logout-href="#/signout"
    >${a.disabled ? html`<span slot="disabled-reason">Texnik ishlar: 18:00 gacha</span>` : nothing}</qulay-login-button
  >`,
};
export default meta;

type Story = StoryObj<LoginArgs>;

export const OneID: Story = {};
export const MyID: Story = { args: { provider: 'myid', href: '#/auth/myid' } };
export const EIMZO: Story = { args: { provider: 'eimzo', href: '#/auth/eimzo' } };
/** Any OpenID provider, with the agency's own words. */
export const OpenIDProvider: Story = { args: { provider: 'oidc', href: '#/auth/oidc', label: 'Agentlik ID orqali kirish' } };
/** Unavailable, with the reason in words. */
export const Disabled: Story = { args: { disabled: true } };
/** Signed in: who, and a way out. */
export const SignedIn: Story = { args: { userName: 'Aziza Karimova' } };

/** All the ways in, under one heading, each with a hint. */
export const Options: Story = {
  render: () => html`<qulay-login-options>
    <qulay-login-button provider="oneid" href="#/auth/oneid"></qulay-login-button>
    <qulay-login-button provider="eimzo" href="#/auth/eimzo"></qulay-login-button>
    <qulay-login-button provider="myid" href="#/auth/myid"></qulay-login-button>
  </qulay-login-options>`,
};

/**
 * A public client whose start failed (here: `sessionStorage` refused, as in a browser that
 * blocks site data): the message is under the link and the button is usable again.
 */
export const SignInFailed: Story = {
  render: () => html`<qulay-login-button
    provider="oidc"
    authorize-url="https://id.example.uz/authorize"
    client-id="portal"
    redirect-uri="https://portal.example.uz/signin/callback"
  ></qulay-login-button>`,
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('qulay-login-button');
    if (!button) return;
    await button.updateComplete;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Site data is blocked in this story.', 'SecurityError');
    };
    try {
      button.shadowRoot?.querySelector<HTMLAnchorElement>('[part="link"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    await button.updateComplete;
  },
};
