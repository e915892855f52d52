import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@qulay/elements/define/qulay-listen.js';

interface ListenArgs {
  label: string;
  always: boolean;
}

const meta: Meta<ListenArgs> = {
  title: 'Components/Listen',
  component: 'qulay-listen',
  args: { label: 'Oʻqish joyidan maʼlumotnoma', always: true },
  render: (args) => html`
    <qulay-listen label=${args.label} ?always=${args.always}>
      <h2 lang="uz-Latn">Oʻqish joyidan maʼlumotnoma</h2>
      <p lang="uz-Latn">Talabalar va oʻquvchilar uchun oʻqish joyidan maʼlumotnoma. Xizmat bepul, natija darhol tayyor.</p>
      <p lang="ru">Справка с места учёбы для студентов и учащихся. Услуга бесплатная.</p>
    </qulay-listen>
  `,
};
export default meta;

type Story = StoryObj<ListenArgs>;

/** Always shown: an agency that wants a listen button whatever the mode. */
export const Default: Story = {};

/** Only in read-aloud mode: switch "Read aloud" on in the toolbar to see the button. */
export const ReadAloudModeOnly: Story = { args: { always: false } };

/** Reading another region by id, for a button placed apart from the text. */
export const ForRegion: Story = {
  render: (args) => html`
    <article id="service-card" lang="uz-Latn">
      <h2>Soliq qarzi yoʻqligi toʻgʻrisida maʼlumotnoma</h2>
      <p>Davlat soliq qoʻmitasi. Bepul. Darhol.</p>
    </article>
    <qulay-listen for="service-card" label=${args.label} ?always=${args.always}></qulay-listen>
  `,
};

/** No voice for the language on this device (as in headless Chromium): the button says so. */
export const NoVoice: Story = {
  args: { label: 'Oqıw ornınan maǵlıwmatnama' },
  render: (args) => html`
    <qulay-listen label=${args.label} always>
      <p lang="kaa-Latn">Oqıw ornınan maǵlıwmatnama. Xızmet biypul.</p>
    </qulay-listen>
  `,
  play: async ({ canvasElement }) => {
    const listen = canvasElement.querySelector('qulay-listen');
    if (!listen) return;
    const { useSpeechSynthesis } = await import('@qulay/core');
    // A synthesis with no voices at all, so the story looks the same on every machine.
    const silent = Object.assign(new EventTarget(), { getVoices: () => [], speak() {}, cancel() {}, pause() {}, resume() {} });
    useSpeechSynthesis(silent as unknown as SpeechSynthesis);
    await listen.reader.play();
    useSpeechSynthesis(null);
    await listen.updateComplete;
  },
};
