// The agent's overview (seeds 001 and 002): my activities, reminders due today, highest and most aged
// balances of the customers of my pools (or the chosen pool; managers see every pool).
import { useEffect, useState } from 'preact/hooks';
import { html, DataTable, FormDialog, localSource, Notice } from './ui.js';
import { api, pool } from './api.js';
import { t } from './i18n.js';
import { amount, customerLink, date } from './format.js';

const ACTIVITY_TYPES = ['CALL', 'EMAIL', 'LETTER', 'MEETING', 'TASK'];

export function activityFields(account) {
  return [
    { name: 'account', label: t('account'), required: true, value: account || '' },
    { name: 'type', label: t('type'), options: ACTIVITY_TYPES },
    { name: 'purpose', label: t('purpose'), required: true },
    { name: 'end', label: t('end'), type: 'date', required: true },
  ];
}

export function activityBody(values) {
  return { account: values.account, type: values.type, purpose: values.purpose,
    end: values.end ? values.end + 'T17:00:00Z' : undefined, reminderOn: values.end || undefined };
}

export function Overview({ me }) {
  const [workspace, setWorkspace] = useState(null);
  const [dialog, setDialog] = useState(null);
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    api('/workspace', { query: { pool: pool() } }).then(setWorkspace).catch(e => setNotice(e.message));
  }, [reload]);
  const done = changed => { setDialog(null); if (changed) { setNotice(t('done')); setReload(n => n + 1); } };

  const activityColumns = [
    { key: 'id', label: t('id'), align: 'num' },
    { key: 'account', label: t('account'), render: row => customerLink(row.account) },
    { key: 'type', label: t('type') },
    { key: 'purpose', label: t('purpose') },
    { key: 'end', label: t('end'), sort: 'end', render: row => date(row.end) },
    { key: 'status', label: t('status') },
    { key: 'actions', label: '', noCsv: true, render: row => html`
        <button type="button" class="small" onClick=${() => setDialog({ kind: 'close', ids: [row.id] })}>${t('close')}</button>
        <button type="button" class="small secondary" onClick=${() => setDialog({ kind: 'follow', row })}>${t('followUp')}</button>` },
  ];
  const balanceColumns = [
    { key: 'account', label: t('account'), sort: 'account', render: row => customerLink(row.account) },
    { key: 'name', label: t('name'), sort: 'name' },
    { key: 'balance', label: t('balance'), sort: 'balance', align: 'num', render: row => amount(row.balance, row.currency) },
    { key: 'creditLimit', label: t('creditLimit'), sort: 'creditLimit', align: 'num', render: row => amount(row.creditLimit, row.currency) },
    { key: 'availableCredit', label: t('availableCredit'), sort: 'availableCredit', align: 'num',
      render: row => amount(row.availableCredit, row.currency) },
    { key: 'riskScore', label: t('riskScore'), sort: 'riskScore', align: 'num', render: row => row.riskScore ?? '–' },
    { key: 'onHold', label: t('holdStatus'), sort: 'onHold', render: row => (row.onHold ? t('onHold') : '') },
    { key: 'oldestOverdueDays', label: t('oldestOverdueDays'), sort: 'oldestOverdueDays', align: 'num' },
    { key: 'mostAgedBucket', label: t('mostAgedBucket'), sort: 'mostAgedBucket' },
    { key: 'currency', label: t('currency') },
  ];
  return html`
    <h1>${t('overview')}</h1>
    <${Notice} text=${notice}/>
    <${DataTable} id="my-activities" caption=${t('myActivities')} columns=${activityColumns} selectable reload=${reload}
      csvName="my-activities" defaultSort="end,asc" filter=${false}
      load=${({ page, size, sort }) => api('/activities', { query: { responsible: 'me', status: 'OPEN', page, size, sort } })}
      actions=${(selected) => html`
        <button type="button" disabled=${!selected.length} onClick=${() => setDialog({ kind: 'close', ids: selected })}>${t('closeSelected')}</button>
        <button type="button" class="secondary" onClick=${() => setDialog({ kind: 'new' })}>${t('newActivity')}</button>`}/>
    ${workspace && html`
      <${DataTable} id="reminders-today" caption=${t('remindersToday')} columns=${activityColumns.slice(0, 6)}
        csvName="reminders-today" load=${localSource(workspace.remindersToday, ['account', 'purpose'])}/>
      <${DataTable} id="highest-balances" caption=${t('highestBalances')} columns=${balanceColumns} rowKey="account"
        csvName="highest-balances" defaultSort="balance,desc" load=${localSource(workspace.topByBalance, ['account', 'name'])}/>
      <${DataTable} id="most-aged" caption=${t('mostAged')} columns=${balanceColumns} rowKey="account"
        csvName="most-aged" defaultSort="oldestOverdueDays,desc" load=${localSource(workspace.mostAged, ['account', 'name'])}/>`}
    ${dialog?.kind === 'close' && html`<${FormDialog} title=${t('close') + ' (' + dialog.ids.length + ')'} onClose=${done}
        fields=${[{ name: 'note', label: t('note'), required: true }]}
        submit=${values => api('/activities/close', { method: 'POST', body: { ids: dialog.ids, note: values.note } })}/>`}
    ${dialog?.kind === 'new' && html`<${FormDialog} title=${t('newActivity')} onClose=${done} fields=${activityFields('')}
        submit=${values => api('/activities', { method: 'POST', body: activityBody(values) })}/>`}
    ${dialog?.kind === 'follow' && html`<${FormDialog} title=${t('followUp')} onClose=${done} fields=${activityFields(dialog.row.account)}
        submit=${values => api('/activities/' + dialog.row.id + '/follow-ups', { method: 'POST', body: activityBody(values) })}/>`}`;
}
