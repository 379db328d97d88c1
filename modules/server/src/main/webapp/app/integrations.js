// The flows through plugins: cases handed to the collection agency (approval, sending again, recalling, asking the
// agency now), credit insurance cover the insurer has not decided, and notices and claims to the insurer.
import { useState } from 'preact/hooks';
import { html, DataTable, FormDialog, Tabs, Notice } from './ui.js';
import { api, has } from './api.js';
import { t } from './i18n.js';
import { amount, customerLink, date } from './format.js';

const HANDOVER_STATES = ['AWAITING_APPROVAL', 'APPROVED', 'HANDED_OVER', 'CLOSED', 'RECALLED', 'REJECTED'];

export function IntegrationsScreens({ me }) {
  const [dialog, setDialog] = useState(null);
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState('');
  const [state, setState] = useState('');
  const done = changed => { setDialog(null); if (changed) { setNotice(t('done')); setReload(n => n + 1); } };
  const collects = has(me, 'administrator', 'collections-manager', 'collections-agent');
  const approves = has(me, 'administrator', 'credit-manager', 'senior-approver');
  const polls = has(me, 'administrator', 'collections-manager');
  const credit = has(me, 'administrator', 'credit-manager', 'credit-clerk', 'senior-approver', 'collections-manager');
  const asksInsurer = has(me, 'administrator', 'credit-manager', 'credit-clerk');
  const act = async (call, message) => {
    try {
      const answer = await call();
      setNotice(message ? message(answer) : t('done'));
    } catch (problem) {
      setNotice(problem.message);
    }
    setReload(n => n + 1);
  };

  const handoverColumns = [
    { key: 'id', label: t('id'), align: 'num' },
    { key: 'account', label: t('account'), render: row => customerLink(row.account) },
    { key: 'caseId', label: t('case'), align: 'num' },
    { key: 'amount', label: t('amount'), align: 'num', render: row => amount(row.amount, row.currency) },
    { key: 'state', label: t('status') },
    { key: 'agencyReference', label: t('agencyReference') },
    { key: 'agencyStatus', label: t('agencyStatus') },
    { key: 'recovered', label: t('recovered'), align: 'num', render: row => amount(row.recovered, row.currency) },
    { key: 'fees', label: t('fees'), align: 'num', render: row => amount(row.fees, row.currency) },
    { key: 'requestedBy', label: t('requestedBy') },
    { key: 'lastError', label: t('lastError') },
    { key: 'actions', label: '', noCsv: true, render: row => html`<span class="row-actions">
      ${approves && row.state === 'AWAITING_APPROVAL' && row.requestedBy !== me.user && html`
        <button type="button" class="small" onClick=${() => setDialog({ kind: 'decide', action: 'approve', row })}>${t('approve')}</button>
        <button type="button" class="small secondary" onClick=${() => setDialog({ kind: 'decide', action: 'reject', row })}>${t('reject')}</button>`}
      ${collects && row.state === 'APPROVED' && html`<button type="button" class="small"
        onClick=${() => act(() => api('/agency-handovers/' + row.id + '/send', { method: 'POST' }))}>${t('sendAgain')}</button>`}
      ${polls && row.state === 'HANDED_OVER' && html`<button type="button" class="small secondary"
        onClick=${() => setDialog({ kind: 'recall', row })}>${t('recall')}</button>`}
      </span>` },
  ];
  const unmatchedColumns = [
    { key: 'receivedAt', label: t('when'), render: row => date(row.receivedAt) },
    { key: 'plugin', label: t('agency') },
    { key: 'agencyReference', label: t('agencyReference') },
    { key: 'kind', label: t('type') },
    { key: 'updateId', label: t('reference') },
    { key: 'status', label: t('agencyStatus') },
    { key: 'amount', label: t('amount'), align: 'num', render: row => amount(row.amount, row.currency) },
    { key: 'note', label: t('note') },
  ];
  const coverColumns = [
    { key: 'id', label: t('id'), align: 'num' },
    { key: 'account', label: t('account'), render: row => customerLink(row.account) },
    { key: 'plugin', label: t('insurer') },
    { key: 'requestedAmount', label: t('amount'), align: 'num', render: row => amount(row.requestedAmount, row.currency) },
    { key: 'coverReference', label: t('reference') },
    { key: 'requestedBy', label: t('requestedBy') },
    { key: 'actions', label: '', noCsv: true, render: row => asksInsurer && html`<button type="button" class="small"
        onClick=${() => act(() => api('/insurance-covers/' + row.id + '/refresh', { method: 'POST' }),
          answer => t('coverIs', { state: answer.state }))}>${t('askAgain')}</button>` },
  ];
  const claimColumns = [
    { key: 'id', label: t('id'), align: 'num' },
    { key: 'kind', label: t('type') },
    { key: 'account', label: t('account'), render: row => customerLink(row.account) },
    { key: 'claimNumber', label: t('claimNumber') },
    { key: 'amount', label: t('amount'), align: 'num', render: row => amount(row.amount, row.currency) },
    { key: 'state', label: t('status') },
    { key: 'settledAmount', label: t('settled'), align: 'num', render: row => row.settledAmount ? amount(row.settledAmount, row.currency) : '' },
    { key: 'insurerReference', label: t('reference') },
    { key: 'lastError', label: t('lastError') },
    { key: 'actions', label: '', noCsv: true, render: row => asksInsurer && row.kind === 'CLAIM'
        && !['REJECTED', 'PAID'].includes(row.state) && html`<button type="button" class="small"
        onClick=${() => act(() => api('/insurance-claims/' + row.id + '/refresh', { method: 'POST' }))}>${t('askAgain')}</button>` },
  ];
  const tabs = [
    { id: 'handovers', label: t('agencyHandovers'), render: () => html`<label class="inline">${t('status')}
        <select id="handover-state" value=${state} onChange=${e => setState(e.target.value)}>
          <option value="">–</option>${HANDOVER_STATES.map(s => html`<option value=${s}>${s}</option>`)}</select></label>
      <${DataTable} id="agency-handovers" key=${state} caption=${t('agencyHandovers')} columns=${handoverColumns}
        reload=${reload} filter=${false} csvName="agency-handovers"
        load=${({ page, size }) => api('/agency-handovers', { query: { state: state || undefined, page, size } })}
        actions=${() => html`
          ${collects && html`<button type="button" id="hand-over" onClick=${() => setDialog({ kind: 'handover' })}>${t('handOver')}</button>`}
          ${polls && html`<button type="button" id="ask-agencies" class="secondary" onClick=${() => act(
            () => api('/agency-handovers/poll', { method: 'POST' }), round => t('agencyRound', round))}>${t('askAgencies')}</button>`}`}/>` },
    polls && { id: 'unmatched', label: t('unmatchedUpdates'), render: () => html`
      <${DataTable} id="unmatched-updates" caption=${t('unmatchedUpdates')} columns=${unmatchedColumns} reload=${reload}
        rowKey="updateId" filter=${false} csvName="unmatched-agency-updates"
        load=${({ page, size }) => api('/agency-handovers/unmatched', { query: { page, size } })}/>` },
    credit && { id: 'covers', label: t('pendingCover'), render: () => html`
      <${DataTable} id="pending-covers" caption=${t('pendingCover')} columns=${coverColumns} reload=${reload}
        filter=${false} csvName="pending-cover"
        load=${({ page, size }) => api('/insurance-covers/pending', { query: { page, size } })}/>` },
    credit && { id: 'claims', label: t('insuranceClaims'), render: () => html`
      <${DataTable} id="insurance-claims" caption=${t('insuranceClaims')} columns=${claimColumns} reload=${reload}
        filter=${false} csvName="insurance-claims"
        load=${({ page, size }) => api('/insurance-claims', { query: { page, size } })}
        actions=${() => asksInsurer && html`
          <button type="button" id="notify-overdue" onClick=${() => setDialog({ kind: 'claim', path: '/insurance-claims/overdue-notices', title: t('notifyOverdue') })}>${t('notifyOverdue')}</button>
          <button type="button" id="file-claim" class="secondary" onClick=${() => setDialog({ kind: 'claim', path: '/insurance-claims', title: t('fileClaim') })}>${t('fileClaim')}</button>`}/>` },
  ].filter(Boolean);
  return html`<h1>${t('integrations')}</h1>
    <${Notice} text=${notice}/>
    <${Tabs} label=${t('integrations')} tabs=${tabs}/>
    ${dialog?.kind === 'decide' && html`<${FormDialog} title=${t(dialog.action) + ' · ' + dialog.row.id}
        onClose=${done} fields=${[{ name: 'note', label: t('note'), required: dialog.action === 'reject' }]}
        submit=${v => api('/agency-handovers/' + dialog.row.id + '/' + dialog.action, { method: 'POST', body: { note: v.note || undefined } })}/>`}
    ${dialog?.kind === 'recall' && html`<${FormDialog} title=${t('recall') + ' · ' + dialog.row.id}
        onClose=${done} fields=${[{ name: 'reason', label: t('reason'), required: true }]}
        submit=${v => api('/agency-handovers/' + dialog.row.id + '/recall', { method: 'POST', body: { reason: v.reason } })}/>`}
    ${dialog?.kind === 'handover' && html`<${FormDialog} title=${t('handOver')} onClose=${done} fields=${[
        { name: 'caseId', label: t('case'), required: true, type: 'number' },
        { name: 'reason', label: t('reason'), required: true }]}
        submit=${v => api('/agency-handovers', { method: 'POST', body: { caseId: Number(v.caseId), reason: v.reason } })}/>`}
    ${dialog?.kind === 'claim' && html`<${FormDialog} title=${dialog.title} onClose=${done} fields=${[
        { name: 'account', label: t('account'), required: true },
        { name: 'invoices', label: t('invoicesCommaSeparated'), required: true },
        { name: 'reason', label: t('reason'), required: true }]}
        submit=${v => api(dialog.path, { method: 'POST', body: { account: v.account, reason: v.reason,
          invoices: v.invoices.split(',').map(s => s.trim()).filter(Boolean) } })}/>`}`;
}
