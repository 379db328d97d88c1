// The sign-in page: a plain form (it works without scripts); this says why the last try failed, in the
// browser's language, and carries the page the user wanted on. Where the installation signs in through
// OpenID Connect (GET signin says so), the page goes on to the provider instead of showing the form,
// except right after a sign-out or a failed sign-in, when it offers the way back.
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
const next = query.get('next') || '';
document.getElementById('next').value = next;

fetch('signin', { headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : { method: 'form' }))
  .then(({ method }) => {
    if (method !== 'oidc') {
      return;
    }
    document.querySelector('form').hidden = true;
    const sso = document.getElementById('sso');
    sso.href = 'signin/oidc?next=' + encodeURIComponent(next);
    sso.hidden = false;
    if (!query.has('error') && !query.has('signedOut')) {
      message.hidden = false;
      message.textContent = t('signInRedirecting');
      location.replace(sso.href);
    }
  })
  .catch(() => {});
