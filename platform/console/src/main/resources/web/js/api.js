// REST client for /api/v1: bearer token from sessionStorage, JSON in and out,
// problem+json answers turned into ApiError {status, title, detail, field}.

export const API_BASE = '/api/v1';
const TOKEN_KEY = 'bpohub.console.token';

const DEFAULT_TITLES = {
  0: 'Server unreachable',
  400: 'Invalid input',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  429: 'Too many failed logins',
  501: 'Not implemented',
  503: 'Temporarily unavailable',
};

export class ApiError extends Error {
  constructor(status, problem = {}) {
    const title = problem.title || DEFAULT_TITLES[status] || (status >= 500 ? 'Server error' : `HTTP ${status}`);
    super(problem.detail || title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = problem.detail || '';
    this.field = problem.field || null;
    this.type = problem.type || null;
  }
}

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set token(value) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

let unauthorizedHandler = () => {};

/** Called when an authenticated call answers 401 (expired or revoked session). */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

/**
 * Calls the API. Answers the parsed JSON (null for 204); throws ApiError for any non-2xx answer
 * or when the server cannot be reached. The body is sent as JSON, or as it is (a File or Blob) when
 * {contentType} names its type (e.g. text/calendar for an .ics upload). A request waiting long (the desk's next
 * change) passes its page's {signal}, so that leaving the page frees the connection.
 */
export async function api(method, path, body, { auth = true, contentType, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const raw = contentType !== undefined;
  if (body !== undefined) headers['Content-Type'] = raw ? contentType : 'application/json';
  const token = session.token;
  if (auth && token) headers.Authorization = `Bearer ${token}`;

  let response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
  } catch {
    throw new ApiError(0, { detail: 'The console could not reach the server. Check that BPO Hub is running, then try again.' });
  }

  if (response.status === 204) return null;
  const data = await readBody(response);
  if (!response.ok) {
    const error = new ApiError(response.status, data && typeof data === 'object' ? data : {});
    if (response.status === 401 && auth) unauthorizedHandler(error);
    throw error;
  }
  return data;
}

async function readBody(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  // Only short plain text is worth showing; HTML error pages are not.
  if (type.startsWith('text/plain')) {
    const text = (await response.text()).trim();
    return text && text.length < 500 ? { detail: text } : null;
  }
  return null;
}

/**
 * Downloads a file the API serves (a PDF, a CSV or Excel table) with the bearer token, which a plain
 * link cannot send: fetches it as a blob and saves it under {filename} through an object URL. Answers
 * the blob (for its size and type); a problem+json answer throws ApiError as api() does.
 */
export async function download(path, filename) {
  const headers = { Accept: '*/*' };
  const token = session.token;
  if (token) headers.Authorization = `Bearer ${token}`;

  let response;
  try {
    response = await fetch(API_BASE + path, { method: 'GET', headers, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError(0, { detail: 'The console could not reach the server. Check that BPO Hub is running, then try again.' });
  }
  if (!response.ok) {
    const data = await readBody(response);
    const error = new ApiError(response.status, data && typeof data === 'object' ? data : {});
    if (response.status === 401) unauthorizedHandler(error);
    throw error;
  }
  let blob;
  try {
    blob = await response.blob();
  } catch {
    throw new ApiError(0, { title: 'Download interrupted', detail: `${filename} could not be read completely; try again.` });
  }
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // the browser has taken the file once the click is handled; keep the URL a moment for slow savers
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }
  return blob;
}

/** Builds a query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Encodes one path segment (slugs, usernames). */
export const seg = (value) => encodeURIComponent(String(value));
