// Small renderers shared by the screens.
import { html } from './ui.js';
import { money, date } from './i18n.js';

/** An amount the API gives either as a string (with the row's currency) or as {amount, currency}. */
export function amount(value, currency) {
  if (value && typeof value === 'object') return money(value.amount, value.currency);
  return money(value, currency);
}

export function customerLink(account) {
  return html`<a href=${'#/customers/' + encodeURIComponent(account)}>${account}</a>`;
}

export { date };
