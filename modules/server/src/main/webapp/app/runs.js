// Runs: aging snapshots and letter runs, started where the role allows, with a progress bar while
// their job runs (from /jobs, or the run's own status for roles that do not read /jobs), their
// history, a letter run's proposal to review, edit and post, its letters, and the outbox.
import { useEffect, useState } from 'preact/hooks';
import { html, DataTable, FormDialog, Tabs, Notice } from './ui.js';
import { api, apiUrl, has } from './api.js';
import { t } from './i18n.js';
import { amount, customerLink, date } from './format.js';

const RUNNING = ['RUNNING', 'STARTING', 'STARTED', 'PROPOSING', 'POSTING'];

/** Polls until the run is no longer running; shows its job's progress meanwhile. */
function useRun(path, me, reload, onFinished) {
  const [run, setRun] = useState(null);
  const [progress, setProgress] = useState(null);
  useEffect(() => {
    let timer;
    let current = true;
    const poll = async () => {
      const answer = await api(path, { withEtag: true });
      if (!current) return;
      setRun(answer);
      if (RUNNING.includes(answer.data.status)) {
        if (has(me, 'administrator', 'collections-manager', 'credit-manager') && answer.data.executionId) {
          const jobs = await api('/jobs', { query: { size: 50 } });
          const job = jobs.items.find(j => j.id === answer.data.executionId);
          if (current && job) setProgress(job.progress?.percent ?? null);
        }
        timer = setTimeout(poll, 500);
      } else {
        setProgress(100);
        onFinished?.();
      }
    };
    poll().catch(() => {});
    return () => { current = false; clearTimeout(timer); };
  }, [path, reload]);
  return [run, progress];
}

function ProgressBar({ status, percent, id }) {
  const running = RUNNING.includes(status);
  return html`<div class="progress-line">
    <progress id=${id} max="100" value=${running ? (percent ?? undefined) : 100}
      aria-label=${t('progress')} data-status=${status}></progress>
    <span class="progress-status">${status}${running && percent != null ? ' · ' + percent + ' %' : ''}</span>
  </div>`;
}

function SnapshotProgress({ id, me, onFinished }) {
  const [run, progress] = useRun('/aging-snapshots/' + id, me, 0, onFinished);
  if (!run) return null;
  return html`<div class="run-status"><strong>${t('agingSnapshots')} ${id}</strong>
    <${ProgressBar} id="snapshot-progress" status=${run.data.status} percent=${progress}/>
    <span>${run.data.customers} ${t('customers')}</span></div>`;
}

export function RunsScreens({ me }) {
  const [dialog, setDialog] = useState(null);
  const [started, setStarted] = useState(null);
  const [reload, setReload] = useState(0);
  const [today, setToday] = useState('');
  useEffect(() => { api('/admin/business-date').then(d => setToday(d.date)); }, []);
  const manages = has(me, 'administrator', 'collections-manager');
  const snapshotColumns = [
    { key: 'id', label: t('id'), align: 'num' }, { key: 'asOf', label: t('asOf'), render: r => date(r.asOf) },
    { key: 'definition', label: t('definition') }, { key: 'customers', label: t('customers'), align: 'num' },
    { key: 'status', label: t('status') }, { key: 'createdBy', label: t('by') },
    { key: 'createdAt', label: t('created'), render: r => date(r.createdAt) },
    { key: 'csv', label: 'CSV', noCsv: true, render: r => r.status === 'COMPLETED'
        && html`<a href=${apiUrl('/aging-snapshots/' + r.id + '/rows', { format: 'csv', size: 10000 })}>CSV</a>` },
  ];
  const runColumns = [
    { key: 'id', label: t('id'), align: 'num', render: r => html`<a href=${'#/runs/letters/' + r.id}>${r.id}</a>` },
    { key: 'asOf', label: t('asOf'), render: r => date(r.asOf) }, { key: 'status', label: t('status') },
    { key: 'lines', label: t('lines'), align: 'num' }, { key: 'letters', label: t('letters'), align: 'num' },
    { key: 'createdBy', label: t('by') }, { key: 'createdAt', label: t('created'), render: r => date(r.createdAt) },
  ];
  const outboxColumns = [
    { key: 'id', label: t('id'), align: 'num' }, { key: 'kind', label: t('kind') },
    { key: 'account', label: t('account'), render: r => r.account && customerLink(r.account) },
    { key: 'recipient', label: t('recipient') }, { key: 'subject', label: t('subject') },
    { key: 'status', label: t('status') }, { key: 'attempts', label: '#', align: 'num' },
    { key: 'createdAt', label: t('created'), render: r => date(r.createdAt) },
  ];
  const tabs = [
    { id: 'snapshots', label: t('agingSnapshots'), render: () => html`
      ${started?.kind === 'snapshot' && html`<${SnapshotProgress} id=${started.id} me=${me} onFinished=${() => setReload(n => n + 1)}/>`}
      <${DataTable} id="aging-snapshots" caption=${t('agingSnapshots')} columns=${snapshotColumns} filter=${false}
        reload=${reload} csvName="aging-snapshots" load=${({ page, size }) => api('/aging-snapshots', { query: { page, size } })}
        actions=${() => manages && html`<button type="button" id="start-snapshot"
            onClick=${() => setDialog('snapshot')}>${t('startSnapshot')}</button>`}/>` },
    { id: 'letter-runs', label: t('letterRuns'), render: () => html`
      <${DataTable} id="letter-runs" caption=${t('letterRuns')} columns=${runColumns} filter=${false} reload=${reload}
        csvName="letter-runs" load=${({ page, size }) => api('/letter-runs', { query: { page, size } })}
        actions=${() => html`<button type="button" id="start-letter-run" onClick=${() => setDialog('letters')}>${t('startLetterRun')}</button>`}/>` },
    ...(manages ? [{ id: 'outbox', label: t('outbox'), render: () => html`
      <${DataTable} id="outbox" caption=${t('outbox')} columns=${outboxColumns} filter=${false} reload=${reload}
        csvName="outbox" load=${({ page, size }) => api('/outbox', { query: { page, size } })}/>` }] : []),
  ];
  return html`<h1>${t('runs')}</h1>
    <${Tabs} label=${t('runs')} tabs=${tabs}/>
    ${dialog && html`<${FormDialog} title=${t(dialog === 'snapshot' ? 'startSnapshot' : 'startLetterRun')}
        fields=${[{ name: 'asOf', label: t('asOf'), type: 'date', required: true, value: today }]}
        onClose=${changed => { setDialog(null); if (changed) setReload(n => n + 1); }}
        submit=${async v => {
          const run = await api(dialog === 'snapshot' ? '/aging-snapshots' : '/letter-runs', { method: 'POST', body: { asOf: v.asOf } });
          if (dialog === 'snapshot') setStarted({ kind: 'snapshot', id: run.id });
          else location.hash = '#/runs/letters/' + run.id;
        }}/>`}`;
}

export function LetterRunPage({ me, id }) {
  const [reload, setReload] = useState(0);
  const [run, progress] = useRun('/letter-runs/' + id, me, reload);
  const [dialog, setDialog] = useState(null);
  const [notice, setNotice] = useState('');
  const [status, setStatus] = useState('PROPOSED');
  if (!run) return html`<p>${t('loading')}</p>`;
  const manages = has(me, 'administrator', 'collections-manager');
  const data = run.data;
  const post = async () => {
    try {
      await api('/letter-runs/' + id + '/post', { method: 'POST', ifMatch: run.etag });
      setNotice(t('done'));
      setReload(n => n + 1);
    } catch (e) {
      setNotice(e.message);
    }
  };
  const lineColumns = [
    { key: 'line', label: '#', align: 'num' },
    { key: 'account', label: t('account'), render: r => customerLink(r.account) },
    { key: 'customerName', label: t('name') }, { key: 'level', label: t('level'), align: 'num' },
    { key: 'overdue', label: t('overdue'), align: 'num', render: r => amount(r.overdue, r.currency) },
    { key: 'fee', label: t('fee'), align: 'num', render: r => amount(r.fee, r.currency) },
    { key: 'interest', label: t('interest'), align: 'num', render: r => amount(r.interest, r.currency) },
    { key: 'total', label: t('total'), align: 'num', render: r => amount(r.total, r.currency) },
    { key: 'status', label: t('status') }, { key: 'reason', label: t('reason') },
    ...(manages && data.status === 'PROPOSED' ? [{ key: 'edit', label: '', noCsv: true, render: r => html`<span class="row-actions">
      ${['HOLD', 'DROP', 'INCLUDE'].map(action => html`<button type="button" class="small secondary"
        onClick=${() => setDialog({ line: r.line, action })}>${t(action === 'HOLD' ? 'hold' : action === 'DROP' ? 'discard' : 'include')}</button>`)}
      </span>` }] : []),
  ];
  const letterColumns = [
    { key: 'number', label: t('document') }, { key: 'account', label: t('account'), render: r => customerLink(r.account) },
    { key: 'level', label: t('level'), align: 'num' }, { key: 'total', label: t('total'), align: 'num', render: r => amount(r.total, r.currency) },
    { key: 'pdf', label: t('pdf'), noCsv: true, render: r => html`<a class="letter-pdf" href=${apiUrl('/letters/' + r.id + '/pdf')}
        target="_blank" rel="noopener">${t('pdf')}</a>` },
  ];
  return html`<h1>${t('letterRuns')} ${id} <span class="muted">${date(data.asOf)}</span></h1>
    <${Notice} text=${notice}/>
    <${ProgressBar} id="letter-run-progress" status=${data.status} percent=${progress}/>
    <p>${data.lines} ${t('lines')} · ${data.letters} ${t('letters')}</p>
    ${manages && data.status === 'PROPOSED' && html`<div class="buttons"><button type="button" id="post-run" onClick=${post}>${t('post')}</button></div>`}
    ${data.status === 'POSTED' ? html`<${DataTable} id="run-letters" caption=${t('letters')} columns=${letterColumns} filter=${false}
        csvName=${'letter-run-' + id + '-letters'} load=${({ page, size }) => api('/letters', { query: { page, size } })}/>`
      : html`<label class="inline">${t('status')} <select id="line-status" value=${status} onChange=${e => setStatus(e.target.value)}>
          ${['PROPOSED', 'REFER', 'HELD', 'DROPPED', 'EXCLUDED', ''].map(s => html`<option value=${s}>${s || '–'}</option>`)}</select></label>
        <${DataTable} id="run-lines" key=${status + reload + data.status} caption=${t('lines')} columns=${lineColumns} rowKey="line" filter=${false}
          csvName=${'letter-run-' + id} load=${({ page, size }) => api('/letter-runs/' + id + '/lines', { query: { status, page, size } })}/>`}
    ${dialog && html`<${FormDialog} title=${dialog.action + ' · ' + dialog.line} fields=${[{ name: 'reason', label: t('reason'), required: true }]}
        onClose=${changed => { setDialog(null); if (changed) setReload(n => n + 1); }}
        submit=${v => api('/letter-runs/' + id + '/lines/' + dialog.line, { method: 'POST', body: { action: dialog.action, reason: v.reason } })}/>`}`;
}
