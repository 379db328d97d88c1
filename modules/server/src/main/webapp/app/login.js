// The sign-in page: a plain form (it works without scripts); this only says why the last try failed,
// in the browser's language, and carries the page the user wanted on.
import { t, setLanguage, preferredLanguage } from './i18n.js';

setLanguage(preferredLanguage());
document.documentElement.lang = preferredLanguage();
for (const element of document.querySelectorAll('[data-text]')) {
  element.textContent = t(element.dataset.text);
}
const query = new URLSearchParams(location.search);
const message = document.getElementById('message');
if (query.has('error') || query.has('signedOut')) {
  message.hidden = false;
  message.textContent = query.get('error') === 'held' ? t('signInHeld', { seconds: query.get('retry') })
    : query.get('error') === 'invalid' ? t('signInInvalid') : t('signedOut');
}
document.getElementById('next').value = query.get('next') || '';
