// The web workspace: the shell (who is signed in, company, pool, language) and the screens, chosen by
// the address's hash (#/customers/C00001). Every screen reads and writes through the public API.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { html } from './ui.js';
import { api, company, setCompany, pool, setPool, csrfToken, has } from './api.js';
import { t, setLanguage, preferredLanguage, currentLanguage, LANGUAGES } from './i18n.js';
import { Overview } from './overview.js';
import { CustomerPage, CustomerSearch } from './customer.js';
import { CreditScreens, CreditProfile } from './credit.js';
import { RunsScreens, LetterRunPage } from './runs.js';
import { IntegrationsScreens } from './integrations.js';

setLanguage(preferredLanguage());

function useHash() {
  const [hash, setHash] = useState(location.hash || '#/');
  useEffect(() => {
    const changed = () => setHash(location.hash || '#/');
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return hash;
}


const COLLECTIONS = ['administrator', 'collections-manager', 'collections-agent'];
const CREDIT = ['administrator', 'credit-manager', 'credit-clerk', 'senior-approver', 'collections-manager'];
const RUNS = ['administrator', 'collections-manager', 'collections-agent'];
const INTEGRATIONS = ['administrator', 'collections-manager', 'collections-agent', 'credit-manager', 'credit-clerk',
  'senior-approver'];

function screen(hash, me) {
  const parts = hash.slice(2).split('/').map(decodeURIComponent);
  if (parts[0] === 'customers' && parts[1]) return html`<${CustomerPage} me=${me} account=${parts[1]}/>`;
  if (parts[0] === 'customers') return html`<${CustomerSearch} me=${me}/>`;
  if (parts[0] === 'credit' && parts[1]) return html`<${CreditProfile} me=${me} account=${parts[1]}/>`;
  if (parts[0] === 'credit') return html`<${CreditScreens} me=${me}/>`;
  if (parts[0] === 'runs' && parts[1] === 'letters' && parts[2]) return html`<${LetterRunPage} me=${me} id=${parts[2]}/>`;
  if (parts[0] === 'runs') return html`<${RunsScreens} me=${me}/>`;
  if (parts[0] === 'integrations' && has(me, ...INTEGRATIONS)) return html`<${IntegrationsScreens} me=${me}/>`;
  if (has(me, ...COLLECTIONS)) return html`<${Overview} me=${me}/>`;
  if (has(me, ...CREDIT)) return html`<${CreditScreens} me=${me}/>`;
  return html`<${CustomerSearch} me=${me}/>`;
}

function Shell({ me }) {
  const hash = useHash();
  const [companies, setCompanies] = useState([]);
  const [pools, setPools] = useState([]);
  const [, refresh] = useState(0);
  useEffect(() => {
    api('/companies', { query: { size: 200 } }).then(answer => {
      setCompanies(answer.items);
      if (!company() && answer.items.length) setCompany(answer.items[0].code);
      refresh(n => n + 1);
    });
  }, []);
  useEffect(() => {
    if (!has(me, ...COLLECTIONS)) return;
    const loading = me.seesAllCustomers ? api('/pools').then(list => list.map(p => p.name))
      : api('/agents/' + encodeURIComponent(me.user))
        .then(agent => agent.companies.find(c => c.company === company())?.pools || []);
    loading.then(setPools).catch(() => setPools([]));
  }, [company()]);
  const nav = [
    has(me, ...COLLECTIONS) && ['#/', t('overview')],
    ['#/customers', t('customers')],
    has(me, ...CREDIT) && ['#/credit', t('credit')],
    has(me, ...RUNS) && ['#/runs', t('runs')],
    has(me, ...INTEGRATIONS) && ['#/integrations', t('integrations')],
  ].filter(Boolean);
  const current = hash.split('/')[1] || '';
  return html`
    <a class="skip" href="#main" onClick=${e => { e.preventDefault(); document.getElementById('main').focus(); }}>${t('skipToContent')}</a>
    <header class="shell">
      <span class="brand">Dunwell</span>
      <nav aria-label="Dunwell">
        ${nav.map(([href, label]) => html`<a href=${href} aria-current=${(href.split('/')[1] || '') === current ? 'page' : undefined}>${label}</a>`)}
      </nav>
      <div class="selectors">
        <label>${t('company')}
          <select value=${company()} onChange=${e => { setCompany(e.target.value); setPool(''); refresh(n => n + 1); }}>
            ${companies.map(c => html`<option value=${c.code}>${c.code} · ${c.name}</option>`)}
          </select></label>
        ${pools.length > 1 || (me.seesAllCustomers && pools.length) ? html`<label>${t('pool')}
          <select value=${pool()} onChange=${e => { setPool(e.target.value); refresh(n => n + 1); }}>
            <option value="">${t('allPools')}</option>
            ${pools.map(p => html`<option value=${p}>${p}</option>`)}
          </select></label>` : null}
        <label>${t('language')}
          <select value=${currentLanguage()} onChange=${e => { setLanguage(e.target.value); refresh(n => n + 1); }}>
            ${LANGUAGES.map(code => html`<option value=${code}>${code.toUpperCase()}</option>`)}
          </select></label>
      </div>
      <div class="who">
        <span class="user" id="signed-in-user">${me.user}</span>
        <span class="roles">${me.roles.join(', ')}</span>
        <form method="post" action="signout">
          <input type="hidden" name="csrf" value=${csrfToken()}/>
          <button type="submit" class="link">${t('signOut')}</button>
        </form>
      </div>
    </header>
    <main id="main" tabindex="-1" key=${company() + '|' + pool() + '|' + currentLanguage()}>
      ${companies.length ? screen(hash, me) : html`<p>${t('loading')}</p>`}
    </main>`;
}

api('/me').then(me => {
  const root = document.getElementById('app');
  root.textContent = '';
  render(html`<${Shell} me=${me}/>`, root);
})
  .catch(problem => {
    document.getElementById('app').textContent = problem.message;
  });
