import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@qulay/elements/define/qulay-form-steps.js';
import type { QulayFormSteps } from '@qulay/elements';

const meta: Meta = {
  title: 'Components/Form steps',
  component: 'qulay-form-steps',
  render: () => html`<qulay-form-steps>
    <form action="#submitted" method="get">
      <qulay-form-step heading="Arizachi">
        <p><label for="full-name">Familiya, ism, otasining ismi</label><br /><input id="full-name" name="fullName" required autocomplete="name" /></p>
        <p>
          <label for="pinfl">JSHSHIR (PINFL)</label><br />
          <span id="pinfl-hint">14 ta raqam, ID-kartangizning orqa tomonida</span><br />
          <input id="pinfl" name="pinfl" required pattern="[0-9]{14}" inputmode="numeric" aria-describedby="pinfl-hint" data-qulay-strip-spaces data-qulay-error-pattern="JSHSHIR 14 ta raqamdan iborat." />
        </p>
      </qulay-form-step>
      <qulay-form-step heading="Aloqa">
        <p><label for="phone">Telefon</label><br /><input id="phone" name="phone" type="tel" required autocomplete="tel" /></p>
        <p><label for="email">Elektron pochta</label><br /><input id="email" name="email" type="email" autocomplete="email" /></p>
      </qulay-form-step>
      <qulay-form-step heading="Yetkazib berish">
        <fieldset>
          <legend>Maʼlumotnomani qanday olasiz?</legend>
          <label><input type="radio" name="delivery" value="electronic" required /> Elektron</label><br />
          <label><input type="radio" name="delivery" value="pickup" /> Davlat xizmatlari markazidan</label>
        </fieldset>
      </qulay-form-step>
      <qulay-form-step review heading="Javoblaringizni tekshiring"></qulay-form-step>
      <button type="submit">Yuborish</button>
    </form>
  </qulay-form-steps>`,
};
export default meta;

type Story = StoryObj;

async function ready(canvas: HTMLElement) {
  const element = canvas.querySelector<QulayFormSteps>('qulay-form-steps');
  await new Promise((resolve) => setTimeout(resolve));
  return element;
}

/** The first step. */
export const FirstStep: Story = {};

/** Continue pressed with nothing filled in: the error summary and the messages. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    canvasElement.querySelector<HTMLButtonElement>('[data-qulay-steps="nav"] button[type="submit"]')?.click();
  },
};

/** The delivery step, with Back. */
export const Delivery: Story = {
  play: async ({ canvasElement }) => (await ready(canvasElement))?.show(2, { push: false, focus: false }),
};

/** Check your answers: each answer by its visible label, with a Change link. */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    const set = (selector: string, value: string) => {
      const input = canvasElement.querySelector<HTMLInputElement>(selector);
      if (input) input.value = value;
    };
    set('#full-name', 'Aziza Karimova');
    set('#pinfl', '12345678901234');
    set('#phone', '+998 90 123 45 67');
    const pickup = canvasElement.querySelector<HTMLInputElement>('input[value="pickup"]');
    if (pickup) pickup.checked = true;
    element?.show(3, { push: false, focus: false });
  },
};

/** After a JavaScript submission succeeded: the confirmation replaces the form. */
export const Completed: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    element?.complete({ reference: 'QR-2026-000123' });
  },
};

/** After a JavaScript submission failed as a whole (offline): `fail()` says so, keeps every answer, and Submit works again. */
export const Failed: Story = {
  play: async ({ canvasElement }) => {
    const element = await ready(canvasElement);
    element?.show(3, { push: false, focus: false });
    element?.fail();
  },
};

/** Under a page's own h2: `heading-level="3"` puts the step headings, the summary and the confirmation at h3. */
export const HeadingLevel: Story = {
  render: () => html`<h2>Sudlanganlik haqida maʼlumotnoma</h2>
    <qulay-form-steps heading-level="3">
      <form action="#submitted" method="get">
        <qulay-form-step heading="Arizachi"
          ><label for="h-full-name">Familiya, ism, otasining ismi</label><input id="h-full-name" name="fullName" required autocomplete="name"
        /></qulay-form-step>
        <qulay-form-step heading="Aloqa"><label for="h-phone">Telefon</label><input id="h-phone" name="phone" type="tel" /></qulay-form-step>
        <button type="submit">Yuborish</button>
      </form>
    </qulay-form-steps>`,
};

/** The agency's most common markup, flat siblings: in the simplified layout, one question (label, hint, field) per page. */
export const FlatMarkup: Story = {
  render: () => html`<qulay-form-steps>
    <form action="#submitted" method="get">
      <qulay-form-step heading="Arizachi">
        <label for="s-full-name">Familiya, ism, otasining ismi</label>
        <input id="s-full-name" name="fullName" required autocomplete="name" />
        <label for="s-pinfl">JSHSHIR (PINFL)</label>
        <span class="hint">14 ta raqam, ID-kartangizning orqa tomonida</span>
        <input id="s-pinfl" name="pinfl" required pattern="[0-9]{14}" inputmode="numeric" data-qulay-strip-spaces />
      </qulay-form-step>
      <qulay-form-step heading="Aloqa"><label for="s-phone">Telefon</label><input id="s-phone" name="phone" type="tel" /></qulay-form-step>
      <button type="submit">Yuborish</button>
    </form>
  </qulay-form-steps>`,
};
