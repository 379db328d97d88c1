// Every figure the workspace shows comes from the public REST API through this one function: the
// browser's session cookie signs the call in, the CSRF token (from the dunwell-csrf cookie) goes with
// every change, and the chosen company goes with every call.
const context = { company: localStorage.getItem('dunwell.company') || '', pool: localStorage.getItem('dunwell.pool') || '' };

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function company() { return context.company; }
export function pool() { return context.pool; }
export function setCompany(code) { context.company = code || ''; localStorage.setItem('dunwell.company', context.company); }
export function setPool(name) { context.pool = name || ''; localStorage.setItem('dunwell.pool', context.pool); }

export function csrfToken() {
  const cookie = document.cookie.split('; ').find(part => part.startsWith('dunwell-csrf='));
  return cookie ? decodeURIComponent(cookie.slice('dunwell-csrf='.length)) : '';
}

/** The address of an API resource, with the chosen company and the given query. */
export function apiUrl(path, query = {}) {
  const url = new URL('api/v1' + path, document.baseURI);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  if (context.company && !url.searchParams.has('company')) url.searchParams.set('company', context.company);
  return url;
}

/** Calls the API; answers its JSON (and the ETag as `etag` when asked with `withEtag`). Throws ApiError. */
export async function api(path, { method = 'GET', query, body, ifMatch, withEtag } = {}) {
  const headers = { 'X-Dunwell-Page': '1', Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(apiUrl(path, query), {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    location.assign('login.html?next=' + encodeURIComponent(location.hash));
    throw new ApiError(401, { detail: 'signed out' });
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return withEtag ? { data: json, etag: response.headers.get('ETag') } : json;
}

/** Every item of a paged list (for CSV export), page by page, at most `limit` items. */
export async function allPages(path, query = {}, limit = 20000) {
  const items = [];
  for (let page = 0; items.length < limit; page++) {
    const answer = await api(path, { query: { ...query, page, size: 500 } });
    items.push(...answer.items);
    if (answer.items.length < 500 || items.length >= answer.total) break;
  }
  return items;
}

/** Whether the signed-in user holds one of these roles. */
export function has(me, ...roles) {
  return roles.some(role => me.roles.includes(role));
}
