import { svg } from 'lit';

/** Icons drawn in `currentColor`, so they follow text colour, high contrast and forced colours. */
const icon = (path: ReturnType<typeof svg>) =>
  svg`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">${path}</svg>`;

export const speakerIcon = icon(svg`<path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>`);
export const pauseIcon = icon(svg`<path fill="currentColor" d="M6 5h4v14H6zm8 0h4v14h-4z"/>`);
export const playIcon = icon(svg`<path fill="currentColor" d="M7 4v16l13-8z"/>`);
export const stopIcon = icon(svg`<path fill="currentColor" d="M6 6h12v12H6z"/>`);
export const accessibilityIcon = icon(
  svg`<path fill="currentColor" d="M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18v2z"/>`,
);
export const closeIcon = icon(svg`<path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="M6 6l12 12M18 6L6 18"/>`);

/** The rating star, drawn by the card and the rating control. */
export const starPath = svg`<path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6L2.5 9.4l6.6-.8z"/>`;
