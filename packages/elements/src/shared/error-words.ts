import { msg } from '@lit/localize';

/** "Error: ", put before error messages and the page title, in the page language. */
export function errorPrefix(): string {
  return `${msg('Error:', { desc: 'Put before error messages and the page title.' })} `;
}
