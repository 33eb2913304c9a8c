// The pages' door to the JSON API: same origin, the page's session, the CSRF token of the page
// for writes, the analyst's stated purpose for person-level reads, the page's language for
// problem details. Every answer that is not 2xx becomes an ApiError carrying the problem detail.

const PURPOSE_KEY = 'riskgraph.purpose';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function purpose() {
  return sessionStorage.getItem(PURPOSE_KEY) || '';
}

export function setPurpose(text) {
  if (text) sessionStorage.setItem(PURPOSE_KEY, text.trim());
  else sessionStorage.removeItem(PURPOSE_KEY);
}

function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]')?.content || '';
}

function url(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, v);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export async function request(method, path, {params, body, headers} = {}) {
  const sent = {
    'Accept': 'application/json',
    'Accept-Language': document.documentElement.lang || 'zh',
    ...headers,
  };
  if (purpose()) sent['X-Purpose'] = encodeURIComponent(purpose());
  if (method !== 'GET' && method !== 'HEAD') sent['X-CSRF-TOKEN'] = csrfToken();
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  const answer = await fetch(url(path, params), {
    method,
    headers: sent,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const type = answer.headers.get('Content-Type') || '';
  const content = type.includes('json') ? await answer.json() : await answer.text();
  if (!answer.ok) throw new ApiError(answer.status, typeof content === 'object' ? content : null);
  return content;
}

export const get = (path, params) => request('GET', path, {params});
export const post = (path, body, params) => request('POST', path, {body, params});
export const put = (path, body, params) => request('PUT', path, {body, params});
export const del = (path, params) => request('DELETE', path, {params});
