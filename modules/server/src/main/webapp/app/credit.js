// Credit screens: the credit hold list (release, reject, re-evaluate), limit requests and their approval
// by a second person, and a customer's credit profile with its exposure and history.
import { useEffect, useState } from 'preact/hooks';
import { html, DataTable, FormDialog, Tabs, Notice } from './ui.js';
import { api, has } from './api.js';
import { t } from './i18n.js';
import { amount, customerLink, date } from './format.js';

const HOLD_STATUSES = ['OPEN', 'RELEASED', 'REJECTED'];
const REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'];

export function CreditScreens({ me }) {
  const [dialog, setDialog] = useState(null);
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState('');
  const [holdStatus, setHoldStatus] = useState('OPEN');
  const [requestStatus, setRequestStatus] = useState('PENDING');
  const done = changed => { setDialog(null); if (changed) { setNotice(t('done')); setReload(n => n + 1); } };
  const decides = has(me, 'administrator', 'credit-manager');
  const approves = has(me, 'administrator', 'credit-manager', 'senior-approver');
  const requests = has(me, 'administrator', 'credit-manager', 'credit-clerk');

  const holdColumns = [
    { key: 'id', label: t('id'), align: 'num' },
    { key: 'orderReference', label: t('order') },
    { key: 'account', label: t('account'), render: row => customerLink(row.account) },
    { key: 'customerName', label: t('name') },
    { key: 'amount', label: t('amount'), align: 'num', render: row => amount(row.amount) },
    { key: 'decision', label: t('decision') },
    { key: 'availableCredit', label: t('availableCredit'), align: 'num', render: row => amount(row.availableCredit) },
    { key: 'holdStatus', label: t('status') },
    ...(decides ? [{ key: 'actions', label: '', noCsv: true, render: row => row.holdStatus === 'OPEN' && html`<span class="row-actions">
      ${['release', 'reject', 're-evaluate'].map(action => html`<button type="button" class="small secondary"
          onClick=${() => setDialog({ kind: 'hold', action, row })}>${t(action === 're-evaluate' ? 'reEvaluate' : action)}</button>`)}</span>` }] : []),
  ];
  const requestColumns = [
    { key: 'id', label: t('id'), align: 'num' },
    { key: 'account', label: t('account'), render: row => customerLink(row.account) },
    { key: 'previousLimit', label: t('currentLimit'), align: 'num', render: row => amount(row.previousLimit) },
    { key: 'requestedLimit', label: t('requestedLimit'), align: 'num', render: row => amount(row.requestedLimit) },
    { key: 'reason', label: t('reason') },
    { key: 'requestedBy', label: t('requestedBy') },
    { key: 'approverLevel', label: t('level') },
    { key: 'status', label: t('status') },
    ...(approves ? [{ key: 'actions', label: '', noCsv: true, render: row => row.status === 'PENDING' && row.requestedBy !== me.user && html`
      <span class="row-actions"><button type="button" class="small" onClick=${() => setDialog({ kind: 'request', action: 'approve', row })}>${t('approve')}</button>
      <button type="button" class="small secondary" onClick=${() => setDialog({ kind: 'request', action: 'reject', row })}>${t('reject')}</button></span>` }] : []),
  ];
  const statusFilter = (id, value, set, options) => html`<label class="inline">${t('status')}
      <select id=${id} value=${value} onChange=${e => set(e.target.value)}>
        ${options.map(o => html`<option value=${o}>${o}</option>`)}<option value="">–</option></select></label>`;
  const tabs = [
    { id: 'holds', label: t('creditHolds'), render: () => html`${statusFilter('hold-status', holdStatus, setHoldStatus, HOLD_STATUSES)}
      <${DataTable} id="credit-holds" key=${holdStatus} caption=${t('creditHolds')} columns=${holdColumns} reload=${reload}
        filter=${false} csvName="credit-holds"
        load=${({ page, size }) => api('/credit-holds', { query: { status: holdStatus, page, size } })}/>` },
    { id: 'requests', label: t('limitRequests'), render: () => html`${statusFilter('request-status', requestStatus, setRequestStatus, REQUEST_STATUSES)}
      <${DataTable} id="limit-requests" key=${requestStatus} caption=${t('limitRequests')} columns=${requestColumns}
        reload=${reload} filter=${false} csvName="limit-requests"
        load=${({ page, size }) => api('/credit-limit-requests', { query: { status: requestStatus, page, size } })}
        actions=${() => requests && html`<button type="button" id="request-limit" onClick=${() => setDialog({ kind: 'new' })}>${t('requestLimit')}</button>`}/>` },
  ];
  return html`<h1>${t('credit')}</h1>
    <${Notice} text=${notice}/>
    <${Tabs} label=${t('credit')} tabs=${has(me, 'credit-clerk') && !decides ? [tabs[1], tabs[0]] : tabs}/>
    ${dialog?.kind === 'hold' && html`<${FormDialog} title=${t(dialog.action === 're-evaluate' ? 'reEvaluate' : dialog.action) + ' · ' + dialog.row.id}
        onClose=${done} fields=${[{ name: 'reason', label: t('reason'), required: true }]}
        submit=${v => api('/credit-holds/' + dialog.row.id + '/' + dialog.action, { method: 'POST', body: { reason: v.reason } })}/>`}
    ${dialog?.kind === 'request' && html`<${FormDialog} title=${t(dialog.action) + ' · ' + dialog.row.account}
        onClose=${done} fields=${[{ name: 'note', label: t('note'), required: dialog.action === 'reject' }]}
        submit=${v => api('/credit-limit-requests/' + dialog.row.id + '/' + dialog.action, { method: 'POST', body: { note: v.note || undefined } })}/>`}
    ${dialog?.kind === 'new' && html`<${FormDialog} title=${t('requestLimit')} onClose=${done} fields=${[
        { name: 'account', label: t('account'), required: true },
        { name: 'requestedLimit', label: t('requestedLimit'), required: true },
        { name: 'reason', label: t('reason'), required: true }]}
        submit=${v => api('/credit-limit-requests', { method: 'POST', body: v })}/>`}`;
}

export function CreditProfile({ me, account }) {
  const [profile, setProfile] = useState(null);
  const [error, setError] = useState('');
  const [dialog, setDialog] = useState(null);
  const [notice, setNotice] = useState('');
  const [reload, setReload] = useState(0);
  const path = '/customers/' + encodeURIComponent(account) + '/credit';
  const customer = '/customers/' + encodeURIComponent(account);
  const asks = me && has(me, 'administrator', 'credit-manager', 'credit-clerk');
  useEffect(() => { api(path).then(setProfile).catch(e => setError(e.message)); }, [account, reload]);
  const asked = message => answer => { setNotice(message(answer)); setReload(n => n + 1); };
  if (error) return html`<${Notice} kind="error" text=${error}/>`;
  if (!profile) return html`<p>${t('loading')}</p>`;
  const e = profile.exposure;
  const rows = [
    [t('creditLimit'), amount(profile.creditLimit)], [t('limitType'), profile.limitType],
    [t('holdStatus'), profile.holdReason || '–'], [t('riskScore'), profile.riskScore ?? '–'],
    [t('balance'), amount(e.balance, profile.currency)], [t('openOrders'), amount(e.openOrders, profile.currency)],
    [t('packingSlips'), amount(e.packingSlips, profile.currency)], [t('approvedOrders'), amount(e.approvedOrders, profile.currency)],
    [t('exposure'), amount(e.exposure, profile.currency)], [t('availableCredit'), amount(e.available, profile.currency)],
    [t('overdue'), amount(profile.overdue)], [t('oldestOverdueDays'), profile.oldestOverdueDays],
  ];
  const columns = [
    { key: 'occurredAt', label: t('when'), render: row => date(row.occurredAt) },
    { key: 'action', label: t('action') }, { key: 'field', label: t('what') },
    { key: 'oldValue', label: t('before') }, { key: 'newValue', label: t('after') },
    { key: 'reason', label: t('reason') }, { key: 'actor', label: t('by') },
  ];
  return html`<h1>${t('creditProfile')} <span class="muted">${customerLink(account)}</span></h1>
    <${Notice} text=${notice}/>
    ${asks && html`<p class="row-actions">
      <button type="button" id="bureau-report" onClick=${() => setDialog('bureau')}>${t('bureauReport')}</button>
      <button type="button" id="ask-cover" class="secondary" onClick=${() => setDialog('cover')}>${t('askCover')}</button></p>`}
    ${dialog === 'bureau' && html`<${FormDialog} title=${t('bureauReport')} onClose=${() => setDialog(null)} fields=${[
        { name: 'registrationNumber', label: t('registrationNumber') }, { name: 'country', label: t('country') }]}
        submit=${v => api(customer + '/bureau-report', { method: 'POST', body: { registrationNumber: v.registrationNumber || undefined,
          country: v.country || undefined } }).then(asked(report => report.found === false ? t('bureauUnknown')
          : t('bureauScore', { score: report.score ?? '–', rating: report.rating ?? '–' })))}/>`}
    ${dialog === 'cover' && html`<${FormDialog} title=${t('askCover')} onClose=${() => setDialog(null)} fields=${[
        { name: 'amount', label: t('amount'), required: true }, { name: 'registrationNumber', label: t('registrationNumber') },
        { name: 'country', label: t('country') }, { name: 'reason', label: t('reason'), required: true }]}
        submit=${v => api(customer + '/insurance-cover', { method: 'POST', body: { amount: v.amount, reason: v.reason,
          registrationNumber: v.registrationNumber || undefined, country: v.country || undefined } })
          .then(asked(cover => t('coverIs', { state: cover.state })))}/>`}
    <table class="facts"><caption>${t('exposure')} · ${date(profile.asOf)}</caption><tbody>
      ${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td class="num">${value}</td></tr>`)}
    </tbody></table>
    <${DataTable} id="credit-history" caption=${t('history')} columns=${columns} rowKey="occurredAt" filter=${false}
      csvName=${account + '-credit-history'} reload=${reload}
      load=${({ page, size }) => api(path + '/history', { query: { page, size } })}/>`;
}
