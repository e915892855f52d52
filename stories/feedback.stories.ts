import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@qulay/elements/define/qulay-feedback.js';
import type { QulayFeedback } from '@qulay/elements';

interface FeedbackArgs {
  service: string;
  maxLength: number;
}

/** Stories hand the submission over through the cancelable event, so nothing is posted. */
const keepHere = (event: Event) => event.preventDefault();

const meta: Meta<FeedbackArgs> = {
  title: 'Components/Feedback',
  component: 'qulay-feedback',
  args: { service: 'criminal-record-certificate', maxLength: 1000 },
  render: (a) => html`<qulay-feedback service=${a.service} maxlength=${a.maxLength} @qulay-send-feedback=${keepHere}></qulay-feedback>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

async function answer(canvas: HTMLElement, value: 'yes' | 'no') {
  const element = canvas.querySelector<QulayFeedback>('qulay-feedback');
  if (!element) return undefined;
  await element.updateComplete;
  element.querySelector<HTMLButtonElement>(`.block button[name="useful"][value="${value}"]`)?.click();
  await element.updateComplete;
  return element;
}

/** The one question every page asks. */
export const Question: Story = {};

/** "Yes": the rating and a comment follow. */
export const Useful: Story = { play: async ({ canvasElement }) => void (await answer(canvasElement, 'yes')) };

/** "No", as a complaint with its category and contact details. */
export const Complaint: Story = {
  play: async ({ canvasElement }) => {
    const element = await answer(canvasElement, 'no');
    element?.querySelector<HTMLInputElement>('input[name="complaint"]')?.click();
    await element?.updateComplete;
  },
};

/** A comment over the limit: the error is linked to the field and keeps the text. */
export const TooLong: Story = {
  args: { maxLength: 10 },
  play: async ({ canvasElement }) => {
    const element = await answer(canvasElement, 'no');
    const textarea = element?.querySelector('textarea');
    if (!element || !textarea) return;
    textarea.value = 'Navbat juda uzun edi';
    textarea.dispatchEvent(new Event('input'));
    await element.updateComplete;
    element.querySelector('form')?.requestSubmit();
    await element.updateComplete;
  },
};

/** Sent: the thanks take focus and show the comment back as text. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const element = await answer(canvasElement, 'yes');
    const textarea = element?.querySelector('textarea');
    if (!element || !textarea) return;
    textarea.value = 'Tez va qulay';
    textarea.dispatchEvent(new Event('input'));
    await element.updateComplete;
    element.querySelector('form')?.requestSubmit();
    await element.updateComplete;
  },
};

/**
 * No `endpoint` and no listener: the citizen is told the message could not be sent from this
 * page, and their text stays in the form (the agency gets one console warning).
 */
export const NoEndpoint: Story = {
  render: (a) => html`<qulay-feedback service=${a.service}></qulay-feedback>`,
  play: async ({ canvasElement }) => {
    const element = await answer(canvasElement, 'no');
    const textarea = element?.querySelector('textarea');
    if (!element || !textarea) return;
    textarea.value = 'Navbat juda uzun edi';
    textarea.dispatchEvent(new Event('input'));
    await element.updateComplete;
    element.querySelector<HTMLFormElement>('.block form')?.requestSubmit();
    await element.updateComplete;
  },
};

/** The agency's no-JavaScript form inside stays hidden, even under a page rule that shows every `[hidden]`. */
export const WithFallbackForm: Story = {
  render: (a) => html`<style>
      qulay-feedback [hidden] {
        display: block !important;
      }
    </style>
    <qulay-feedback service=${a.service} @qulay-send-feedback=${keepHere}>
      <form action="/api/feedback" method="post">
        <fieldset>
          <legend>Bu xizmat foydali boʻldimi?</legend>
          <label><input type="radio" name="useful" value="yes" required /> Ha</label>
          <label><input type="radio" name="useful" value="no" /> Yoʻq</label>
        </fieldset>
        <button>Yuborish</button>
      </form>
    </qulay-feedback>`,
};
