// The workspace's building blocks: a data table (paged, sorted and filtered by the server or over a
// bounded list the API returned), CSV export, dialogs, tabs, the aging chart and notices.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import htm from 'htm';
import { t, money } from './i18n.js';

export const html = htm.bind(h);

/** A load function over a list already in the browser (the API's bounded top lists). */
export function localSource(items, filterKeys) {
  return async ({ page, size, sort, filter }) => {
    let rows = items || [];
    if (filter) {
      const needle = filter.toLowerCase();
      rows = rows.filter(row => filterKeys.some(key => String(row[key] ?? '').toLowerCase().includes(needle)));
    }
    if (sort) {
      const [key, direction] = sort.split(',');
      const sign = direction === 'desc' ? -1 : 1;
      rows = [...rows].sort((a, b) => sign * compare(a[key], b[key]));
    }
    return { items: rows.slice(page * size, (page + 1) * size), total: rows.length };
  };
}

function compare(a, b) {
  const x = Number(a), y = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+@]/.test(text) || /^-[^0-9]/.test(text)) text = "'" + text;
  return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** Writes rows as a CSV file the browser downloads. */
export function downloadCsv(name, columns, rows) {
  const lines = [columns.map(c => csvCell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map(c => csvCell(c.csv ? c.csv(row) : row[c.key])).join(','));
  const blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name + '.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * A table whose rows come from `load({page, size, sort, filter})`, which answers `{items, total}`.
 * Columns with `sort` can be sorted (the name is the API's sort field); `filter` shows a filter box.
 */
export function DataTable({ id, caption, columns, load, pageSize = 25, rowKey = 'id', selectable, onSelection,
                            actions, csvName, defaultSort = '', filter: filterable = true, reload = 0 }) {
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState(defaultSort);
  const [filter, setFilter] = useState('');
  const [answer, setAnswer] = useState(null);
  const [error, setError] = useState(null);
  const [selected, setSelected] = useState(new Set());
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let current = true;
    setError(null);
    latest.current({ page, size: pageSize, sort, filter }).then(result => { if (current) setAnswer(result); })
      .catch(problem => { if (current) setError(problem.message); });
    return () => { current = false; };
  }, [page, sort, filter, reload]);
  useEffect(() => { onSelection?.([...selected]); }, [selected]);

  const toggleSort = column => {
    const [key, direction] = sort.split(',');
    setSort(key === column.sort && direction !== 'desc' ? column.sort + ',desc' : column.sort + ',asc');
    setPage(0);
  };
  const toggle = key => {
    const next = new Set(selected);
    next.has(key) ? next.delete(key) : next.add(key);
    setSelected(next);
  };
  const exportCsv = async () => {
    const rows = [];
    for (let p = 0; ; p++) {
      const result = await latest.current({ page: p, size: 500, sort, filter });
      rows.push(...result.items);
      if (result.items.length < 500 || rows.length >= result.total || rows.length >= 20000) break;
    }
    downloadCsv(csvName || id, columns.filter(c => !c.noCsv), rows);
  };
  const items = answer?.items || [];
  const total = answer?.total || 0;
  const [sortKey, sortDirection] = sort.split(',');
  return html`
    <section class="table-block" id=${id} aria-labelledby=${id + '-caption'}>
      <div class="table-tools">
        <h2 id=${id + '-caption'}>${caption}</h2>
        ${filterable && html`<input type="search" class="filter" aria-label=${caption + ': ' + t('filter')}
            placeholder=${t('filter')} value=${filter} onInput=${e => { setFilter(e.target.value); setPage(0); }}/>`}
        ${actions && actions([...selected], () => setSelected(new Set()))}
        <button type="button" class="secondary" onClick=${exportCsv}>${t('exportCsv')}</button>
      </div>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <div class="table-scroll">
        <table>
          <thead><tr>
            ${selectable && html`<th scope="col"><span class="visually-hidden">✓</span></th>`}
            ${columns.map(column => html`
              <th scope="col" class=${column.align || ''}
                  aria-sort=${column.sort && sortKey === column.sort ? (sortDirection === 'desc' ? 'descending' : 'ascending') : undefined}>
                ${column.sort ? html`<button type="button" class="sort" onClick=${() => toggleSort(column)}>${column.label}
                    ${sortKey === column.sort ? (sortDirection === 'desc' ? ' ▼' : ' ▲') : ''}</button>` : column.label}
              </th>`)}
          </tr></thead>
          <tbody>
            ${answer === null && !error && html`<tr><td colspan=${columns.length + 1}>${t('loading')}</td></tr>`}
            ${answer !== null && items.length === 0 && html`<tr><td colspan=${columns.length + 1}>${t('noRows')}</td></tr>`}
            ${items.map(row => html`
              <tr key=${row[rowKey]}>
                ${selectable && html`<td><input type="checkbox" aria-label=${String(row[rowKey])}
                    checked=${selected.has(row[rowKey])} onChange=${() => toggle(row[rowKey])}/></td>`}
                ${columns.map(column => html`<td class=${column.align || ''}>${column.render ? column.render(row) : row[column.key]}</td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>
      <div class="pager">
        <span>${total > 0 ? t('rows', { from: page * pageSize + 1, to: Math.min(total, (page + 1) * pageSize), total }) : ''}</span>
        <button type="button" class="secondary" disabled=${page === 0} onClick=${() => setPage(page - 1)}>${t('previous')}</button>
        <button type="button" class="secondary" disabled=${(page + 1) * pageSize >= total} onClick=${() => setPage(page + 1)}>${t('next')}</button>
      </div>
    </section>`;
}

/** A modal dialog (the browser's own <dialog>: focus stays inside, Escape closes it). */
export function Dialog({ title, onClose, children }) {
  const ref = useRef(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog.showModal();
    const closed = () => onClose();
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, []);
  return html`<dialog ref=${ref} aria-labelledby="dialog-title">
    <h2 id="dialog-title">${title}</h2>
    ${children}
  </dialog>`;
}

/**
 * A form in a dialog: fields `{name, label, type, required, value, options}`; `submit(values)` may throw
 * an ApiError, whose detail is shown (and whose field errors mark their fields).
 */
export function FormDialog({ title, fields, submit, onClose, submitLabel }) {
  const [values, setValues] = useState(Object.fromEntries(fields.map(f => [f.name, f.value ?? ''])));
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const send = async event => {
    event.preventDefault();
    setBusy(true);
    try {
      await submit(values);
      onClose(true);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = name => error?.problem?.errors?.find(e => e.field === name)?.message;
  return html`<${Dialog} title=${title} onClose=${() => onClose(false)}>
    <form onSubmit=${send} class="form">
      ${error && html`<p class="error" role="alert">${error.message}</p>`}
      ${fields.map(field => html`
        <label for=${'f-' + field.name}>${field.label}</label>
        ${field.options ? html`<select id=${'f-' + field.name} value=${values[field.name]}
              onChange=${e => setValues({ ...values, [field.name]: e.target.value })}>
              ${field.options.map(o => html`<option value=${o.value ?? o}>${o.label ?? o}</option>`)}</select>`
          : field.type === 'textarea' ? html`<textarea id=${'f-' + field.name} rows="8" required=${field.required}
              value=${values[field.name]} onInput=${e => setValues({ ...values, [field.name]: e.target.value })}/>`
          : html`<input id=${'f-' + field.name} type=${field.type || 'text'} required=${field.required}
              aria-invalid=${fieldError(field.name) ? 'true' : undefined} value=${values[field.name]}
              onInput=${e => setValues({ ...values, [field.name]: e.target.value })}/>`}
        ${fieldError(field.name) && html`<span class="field-error">${fieldError(field.name)}</span>`}`)}
      <div class="buttons">
        <button type="submit" disabled=${busy}>${submitLabel || t('save')}</button>
        <button type="button" class="secondary" onClick=${() => onClose(false)}>${t('cancel')}</button>
      </div>
    </form>
  </${Dialog}>`;
}

/** Tabs with arrow-key movement (WAI-ARIA tabs pattern). */
export function Tabs({ tabs, label }) {
  const [active, setActive] = useState(0);
  const keys = event => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (active + step + tabs.length) % tabs.length;
    setActive(next);
    event.currentTarget.parentElement.children[next].focus();
  };
  return html`<div class="tabs">
    <div role="tablist" aria-label=${label}>
      ${tabs.map((tab, index) => html`<button type="button" role="tab" id=${'tab-' + tab.id}
          aria-selected=${index === active ? 'true' : 'false'} aria-controls=${'panel-' + tab.id}
          tabindex=${index === active ? 0 : -1} onClick=${() => setActive(index)} onKeyDown=${keys}>${tab.label}</button>`)}
    </div>
    ${tabs.map((tab, index) => html`<div role="tabpanel" id=${'panel-' + tab.id} aria-labelledby=${'tab-' + tab.id}
        hidden=${index !== active}>${index === active ? tab.render() : null}</div>`)}
  </div>`;
}

/** The aging buckets as horizontal bars, each with its amount written out (the chart is readable without colour). */
export function AgingChart({ buckets, currency }) {
  const max = Math.max(...buckets.map(b => Math.abs(Number(b.amount))), 1);
  return html`<figure class="aging-chart">
    <figcaption>${t('agingChart')}</figcaption>
    <dl>
      ${buckets.map(bucket => html`
        <div class="bar-row">
          <dt>${bucket.name}</dt>
          <dd>
            <span class="bar" style=${{ width: (Math.abs(Number(bucket.amount)) / max * 100).toFixed(1) + '%' }}></span>
            <span class="bar-amount">${money(bucket.amount, currency)}</span>
          </dd>
        </div>`)}
    </dl>
  </figure>`;
}

/** A short message for the screen reader and the eye. */
export function Notice({ text, kind = 'info' }) {
  return text ? html`<p class=${'notice ' + kind} role=${kind === 'error' ? 'alert' : 'status'}>${text}</p>` : null;
}
