// The one-stop collections page of a customer (seed 004): header figures, aging chart, open /
// disputed / promised / unsettled tabs with their actions, the 365-day timeline, contacts, letters,
// the AI summary and the reminder email draft.
import { useEffect, useState } from 'preact/hooks';
import { html, DataTable, FormDialog, Dialog, Tabs, AgingChart, Notice, localSource } from './ui.js';
import { api, apiUrl } from './api.js';
import { t, date as formatDate } from './i18n.js';
import { amount, customerLink, date } from './format.js';
import { activityFields, activityBody } from './overview.js';

const TIMELINE_TYPES = ['INVOICE', 'PAYMENT', 'CREDIT_NOTE', 'LETTER', 'ACTIVITY', 'ACTION', 'NOTE'];

export function CustomerSearch() {
  const columns = [
    { key: 'account', label: t('account'), sort: 'account', render: row => customerLink(row.account) },
    { key: 'name', label: t('name'), sort: 'name' },
    { key: 'region', label: t('region') },
    { key: 'currency', label: t('currency') },
    { key: 'creditLimit', label: t('creditLimit'), align: 'num', render: row => amount(row.creditLimit, row.currency) },
  ];
  return html`<h1>${t('customers')}</h1>
    <${DataTable} id="customers" caption=${t('search')} columns=${columns} rowKey="account" csvName="customers"
      defaultSort="account,asc" load=${({ page, size, sort, filter }) => api('/customers', { query: { page, size, sort, q: filter } })}/>`;
}

function Figure({ label, children, id }) {
  return html`<div class="figure" id=${id}><span class="label">${label}</span><span class="value">${children}</span></div>`;
}

export function CustomerPage({ me, account }) {
  const [view, setView] = useState(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [dialog, setDialog] = useState(null);
  const [reload, setReload] = useState(0);
  const path = '/customers/' + encodeURIComponent(account);
  useEffect(() => {
    api('/workspace' + path).then(setView).catch(e => setError(e.message));
  }, [account, reload]);
  if (error) return html`<h1>${account}</h1><${Notice} kind="error" text=${error}/>`;
  if (!view) return html`<p>${t('loading')}</p>`;
  const currency = view.currency;
  const done = changed => {
    setDialog(null);
    if (changed) { setNotice(t('saved')); setReload(n => n + 1); }
  };
  const header = view.header;
  const collections = me.roles.some(r => ['administrator', 'collections-manager', 'collections-agent'].includes(r));

  const documentColumns = actions => [
    { key: 'document', label: t('document') },
    { key: 'kind', label: t('kind') },
    { key: 'documentDate', label: t('documentDate'), render: row => date(row.documentDate) },
    { key: 'dueDate', label: t('dueDate'), render: row => date(row.dueDate) },
    { key: 'amount', label: t('amount'), align: 'num', render: row => amount(row.amount, currency) },
    { key: 'openAmount', label: t('openAmount'), align: 'num', render: row => amount(row.openAmount, currency) },
    { key: 'collectionStatus', label: t('status') },
    ...(actions && collections ? [{ key: 'actions', label: '', noCsv: true, render: actions }] : []),
  ];
  const invoiceActions = row => html`<span class="row-actions">
    <button type="button" class="small" onClick=${() => setDialog({ kind: 'promise', row })}>${t('promise')}</button>
    <button type="button" class="small secondary" onClick=${() => setDialog({ kind: 'dispute', row })}>${t('dispute')}</button>
    <button type="button" class="small secondary" onClick=${() => setDialog({ kind: 'writeOff', row })}>${t('writeOff')}</button>
    <button type="button" class="small secondary" onClick=${() => setDialog({ kind: 'case', row })}>${t('newCase')}</button></span>`;
  const paymentActions = row => html`<span class="row-actions">
    <button type="button" class="small" onClick=${() => setDialog({ kind: 'settle', row })}>${t('settle')}</button>
    <button type="button" class="small secondary" onClick=${() => setDialog({ kind: 'nsf', row })}>${t('nsf')}</button></span>`;
  const table = (id, rows, actions) => html`<${DataTable} id=${id} caption=${t(id === 'open' ? 'openTransactions' : id)}
      columns=${documentColumns(actions)} rowKey="document" csvName=${account + '-' + id} reload=${reload}
      load=${localSource(rows, ['document', 'kind', 'collectionStatus'])}/>`;

  const tabs = [
    { id: 'open', label: t('openTransactions'), render: () => table('open', view.openTransactions, invoiceActions) },
    { id: 'disputed', label: t('disputed'), render: () => table('disputed', view.disputed) },
    { id: 'promised', label: t('promised'), render: () => table('promised', view.promised) },
    { id: 'unsettledPayments', label: t('unsettledPayments'), render: () => table('unsettledPayments', view.unsettledPayments, paymentActions) },
    { id: 'timeline', label: t('timeline'), render: () => html`<${Timeline} path=${path} account=${account} reload=${reload}/>` },
    { id: 'contacts', label: t('contacts'), render: () => html`<${DataTable} id="contacts" caption=${t('contacts')}
        rowKey="name" csvName=${account + '-contacts'} load=${localSource(view.contacts, ['name', 'email', 'role'])} columns=${[
          { key: 'name', label: t('name') }, { key: 'role', label: t('role') }, { key: 'email', label: t('email') },
          { key: 'phone', label: t('phone') }, { key: 'language', label: t('language') }, { key: 'purpose', label: t('purpose') }]}/>` },
    ...(collections ? [{ id: 'letters', label: t('letters'), render: () => html`<${Letters} account=${account} setDialog=${setDialog}/>` }] : []),
  ];
  return html`
    <h1>${view.name} <span class="muted">${account}</span></h1>
    <${Notice} text=${notice}/>
    <section class="figures" aria-label=${t('details')}>
      <${Figure} label=${t('balance')} id="figure-balance">${amount(header.balance, currency)}<//>
      <${Figure} label=${t('overdue')}>${amount(header.overdue, currency)}<//>
      <${Figure} label=${t('creditLimit')}>${amount(header.creditLimit, currency)}<//>
      <${Figure} label=${t('availableCredit')}>${amount(header.availableCredit, currency)}<//>
      <${Figure} label=${t('riskScore')}>${header.riskScore ?? '–'}${header.riskGroup ? ' · ' + header.riskGroup : ''}<//>
      <${Figure} label=${t('holdStatus')}>${header.holdReason || '–'}<//>
      <${Figure} label=${t('lastPayment')}>${header.lastPaymentDate ? amount(header.lastPaymentAmount, currency) + ' · '
          + formatDate(header.lastPaymentDate) : '–'}<//>
    </section>
    <div class="two-columns">
      <${AgingChart} buckets=${view.aging.buckets} currency=${currency}/>
      ${collections && html`<${Summary} path=${path}/>`}
    </div>
    ${collections && html`<div class="buttons">
      <button type="button" id="draft-reminder" onClick=${() => setDialog({ kind: 'draft' })}>${t('draftReminder')}</button>
      <button type="button" class="secondary" onClick=${() => setDialog({ kind: 'activity' })}>${t('newActivity')}</button>
      <a class="button secondary" href=${'#/credit/' + encodeURIComponent(account)}>${t('creditProfile')}</a>
    </div>`}
    <${Tabs} label=${account} tabs=${tabs}/>
    ${dialog && html`<${CustomerAction} dialog=${dialog} account=${account} currency=${currency} done=${done}/>`}`;
}

function CustomerAction({ dialog, account, currency, done }) {
  const row = dialog.row;
  const post = (path, body) => api(path, { method: 'POST', body });
  switch (dialog.kind) {
    case 'promise':
      return html`<${FormDialog} title=${t('promise') + ' · ' + row.document} onClose=${done} fields=${[
          { name: 'amount', label: t('amount'), required: true, value: row.openAmount },
          { name: 'promisedOn', label: t('promisedOn'), type: 'date', required: true },
          { name: 'contact', label: t('contacts') }]}
        submit=${v => post('/promises', { account, amount: v.amount, currency, promisedOn: v.promisedOn,
          documents: [row.document], contact: v.contact || undefined })}/>`;
    case 'dispute':
      return html`<${FormDialog} title=${t('dispute') + ' · ' + row.document} onClose=${done} fields=${[
          { name: 'amount', label: t('amount'), required: true, value: row.openAmount },
          { name: 'reasonCode', label: t('reasonCode'), options: ['PRICE', 'QUANTITY', 'QUALITY', 'DELIVERY', 'OTHER'] },
          { name: 'explanation', label: t('explanation'), required: true }]}
        submit=${v => post('/disputes', { document: row.document, amount: v.amount, reasonCode: v.reasonCode,
          explanation: v.explanation })}/>`;
    case 'writeOff':
      return html`<${FormDialog} title=${t('writeOff') + ' · ' + row.document} onClose=${done} fields=${[
          { name: 'amount', label: t('amount'), required: true, value: row.openAmount },
          { name: 'reasonCode', label: t('reasonCode'), options: ['SMALL_BALANCE', 'UNCOLLECTIBLE', 'SETTLEMENT', 'OTHER'] },
          { name: 'note', label: t('note'), required: true }]}
        submit=${v => post('/write-offs', { document: row.document, amount: v.amount, reasonCode: v.reasonCode, note: v.note })}/>`;
    case 'case':
      return html`<${FormDialog} title=${t('newCase')} onClose=${done} fields=${[
          { name: 'title', label: t('title'), required: true }, { name: 'description', label: t('details') }]}
        submit=${v => post('/cases', { title: v.title, description: v.description || undefined, documents: [row.document] })}/>`;
    case 'settle':
      return html`<${FormDialog} title=${t('settle') + ' · ' + row.document} onClose=${done} fields=${[
          { name: 'debits', label: t('document') + ' (INV-…, INV-…)', required: true },
          { name: 'maxAmount', label: t('amount') }]}
        submit=${v => post('/settlements', { credit: row.document, debits: v.debits.split(',').map(s => s.trim()).filter(Boolean),
          maxAmount: v.maxAmount || undefined })}/>`;
    case 'nsf':
      return html`<${FormDialog} title=${t('nsf') + ' · ' + row.document} onClose=${done} fields=${[
          { name: 'reason', label: t('reason'), required: true }, { name: 'fee', label: t('amount') }]}
        submit=${v => post('/payments/' + encodeURIComponent(row.document) + '/nsf', { reason: v.reason, fee: v.fee || undefined })}/>`;
    case 'activity':
      return html`<${FormDialog} title=${t('newActivity')} onClose=${done} fields=${activityFields(account)}
        submit=${v => post('/activities', activityBody(v))}/>`;
    case 'resend':
      return html`<${FormDialog} title=${t('resend') + ' · ' + dialog.letter.number} onClose=${done}
        fields=${[{ name: 'reason', label: t('reason'), required: true }]}
        submit=${v => post('/letters/' + dialog.letter.id + '/resend', { reason: v.reason })}/>`;
    case 'draft':
      return html`<${DraftEditor} account=${account} done=${done}/>`;
    default:
      return null;
  }
}

function Timeline({ path, reload }) {
  const [type, setType] = useState('');
  const columns = [
    { key: 'date', label: t('when'), render: row => date(row.date) },
    { key: 'type', label: t('type') },
    { key: 'reference', label: t('document') },
    { key: 'summary', label: t('what') },
    { key: 'amount', label: t('amount'), align: 'num', render: row => amount(row.amount) },
    { key: 'actor', label: t('by') },
  ];
  return html`<div>
    <label class="inline">${t('type')}
      <select id="timeline-type" value=${type} onChange=${e => setType(e.target.value)}>
        <option value="">${t('allTypes')}</option>
        ${TIMELINE_TYPES.map(value => html`<option value=${value}>${value}</option>`)}
      </select></label>
    <${DataTable} id="timeline" key=${type} caption=${t('timeline')} columns=${columns} rowKey="reference" filter=${false}
      csvName="timeline" reload=${reload} load=${({ page, size }) => api(path + '/timeline', { query: { type, page, size } })}/>
  </div>`;
}

function Letters({ account, setDialog }) {
  const columns = [
    { key: 'number', label: t('document') },
    { key: 'level', label: t('level') },
    { key: 'date', label: t('documentDate'), render: row => date(row.date || row.letterDate) },
    { key: 'status', label: t('status') },
    { key: 'pdf', label: t('pdf'), noCsv: true, render: row => html`
        <a href=${apiUrl('/letters/' + row.id + '/pdf')} target="_blank" rel="noopener">${t('pdf')}</a> ·
        <a href=${apiUrl('/letters/' + row.id + '/pdf', { reprint: 'true' })} target="_blank" rel="noopener">${t('reprint')}</a> ·
        <button type="button" class="link" onClick=${() => setDialog({ kind: 'resend', letter: row })}>${t('resend')}</button>` },
  ];
  return html`<${DataTable} id="letters" caption=${t('letters')} columns=${columns} filter=${false} csvName=${account + '-letters'}
      load=${({ page, size }) => api('/letters', { query: { account, page, size } })}/>`;
}

function Summary({ path }) {
  const [summary, setSummary] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => { api(path + '/summary').then(setSummary).catch(e => setError(e.message)); }, [path]);
  return html`<section class="summary" aria-labelledby="summary-title">
    <h2 id="summary-title">${t('aiSummary')} ${summary && html`<span class="badge">${summary.source}</span>`}</h2>
    ${error ? html`<p class="error">${error}</p>` : summary ? html`<p id="summary-text">${summary.text}</p>` : html`<p>${t('loading')}</p>`}
  </section>`;
}

/** Draft a reminder email, edit it (the verifier checks every edit), approve it into the outbox or discard it. */
function DraftEditor({ account, done }) {
  const [draft, setDraft] = useState(null);
  const [etag, setEtag] = useState(null);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [acknowledged, setAcknowledged] = useState([]);
  const [error, setError] = useState('');
  const show = answer => {
    setDraft(answer.data); setEtag(answer.etag); setSubject(answer.data.subject); setBody(answer.data.body);
    setAcknowledged([]);
  };
  useEffect(() => {
    api('/drafts', { method: 'POST', body: { account, kind: 'REMINDER_EMAIL' }, withEtag: true }).then(show)
      .catch(e => setError(e.message));
  }, []);
  const act = async call => {
    setError('');
    try { await call(); } catch (e) { setError(e.message); }
  };
  const save = () => act(async () => show(await api('/drafts/' + draft.id, { method: 'PUT', ifMatch: etag, body: { subject, body }, withEtag: true })));
  const approve = () => act(async () => {
    await api('/drafts/' + draft.id + '/approve', { method: 'POST', ifMatch: etag, body: { acknowledged } });
    done(true);
  });
  const discard = () => act(async () => {
    await api('/drafts/' + draft.id + '/discard', { method: 'POST', ifMatch: etag, body: { reason: 'not needed' } });
    done(true);
  });
  const edited = draft && (subject !== draft.subject || body !== draft.body);
  const violations = draft?.verification?.violations || [];
  return html`<${Dialog} title=${t('draftReminder')} onClose=${() => done(false)}>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${!draft ? html`<p>${t('loading')}</p>` : html`<div class="form draft">
      <p class="muted">${t('source')}: ${draft.source} · ${draft.language}
        ${draft.fallbackReason && html` · ${t('fallback', { reason: draft.fallbackReason })}`}</p>
      <label for="draft-subject">${t('subject')}</label>
      <input id="draft-subject" value=${subject} onInput=${e => setSubject(e.target.value)}/>
      <label for="draft-body">${t('body')}</label>
      <textarea id="draft-body" rows="12" value=${body} onInput=${e => setBody(e.target.value)}/>
      <section id="verification" aria-live="polite">
        <h3>${t('verification')}</h3>
        ${draft.verification.passed ? html`<p class="ok">${t('passed')}</p>` : html`<ul class="violations">
          ${violations.map(v => html`<li><label class="inline"><input type="checkbox"
              checked=${acknowledged.includes(v.text)}
              onChange=${e => setAcknowledged(e.target.checked ? [...acknowledged, v.text] : acknowledged.filter(x => x !== v.text))}/>
              ${t('acknowledge', { text: v.text })} — ${v.message}</label></li>`)}</ul>`}
      </section>
      <div class="buttons">
        <button type="button" id="draft-save" class="secondary" disabled=${!edited} onClick=${save}>${t('saveEdit')}</button>
        <button type="button" id="draft-approve" disabled=${edited || acknowledged.length < violations.length} onClick=${approve}>${t('approveAndSend')}</button>
        <button type="button" class="secondary" onClick=${discard}>${t('discard')}</button>
        <button type="button" class="secondary" onClick=${() => done(false)}>${t('cancel')}</button>
      </div>
    </div>`}
  <//>`;
}
