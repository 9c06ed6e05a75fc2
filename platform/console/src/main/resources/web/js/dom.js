// Small DOM helpers. Every piece of text goes through text nodes or setAttribute, never innerHTML,
// so whatever the server sends is shown as text.

/** Creates an element: h('button', {type: 'button', onclick: fn, 'data-test': 'x'}, 'Label', child...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'value' && (tag === 'select' || tag === 'textarea')) {
      continue; // set below, once the options exist
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, ...children);
  if ((tag === 'select' || tag === 'textarea') && attrs?.value !== undefined && attrs?.value !== null) {
    el.value = attrs.value;
  }
  return el;
}

/** Appends children; strings and numbers become text nodes, null/false are skipped, arrays are flattened. */
export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Removes all children and appends new ones. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, ...children);
}

/** A labelled form field. */
export function field(label, control, hint) {
  return h('label', { class: 'field' },
    h('span', { class: 'field-label' }, label),
    control,
    hint ? h('span', { class: 'field-hint' }, hint) : null);
}

/** An empty, hidden problem box to place next to a form. */
export function problemBox(id) {
  return h('div', { id, class: 'problem', role: 'alert', 'data-test': 'form-error', hidden: true });
}

/**
 * Shows an error (an ApiError with title/detail/field, or any Error) in a problem box, and marks the
 * form control the server named as invalid.
 */
export function showProblem(box, error, form) {
  const title = error?.title || 'Something went wrong';
  const status = error?.status ? `${error.status} ` : '';
  replace(box,
    h('strong', { class: 'problem-title', 'data-test': 'problem-title' }, status + title),
    error?.detail || error?.message
      ? h('p', { class: 'problem-detail', 'data-test': 'problem-detail' }, error.detail || error.message)
      : null,
    error?.field
      ? h('p', { class: 'problem-field', 'data-test': 'problem-field' }, 'Field: ', h('code', {}, error.field))
      : null);
  box.hidden = false;
  if (form) {
    markInvalid(form, null);
    if (error?.field) markInvalid(form, error.field);
  }
}

export function hideProblem(box, form) {
  box.hidden = true;
  box.replaceChildren();
  if (form) markInvalid(form, null);
}

function markInvalid(form, name) {
  if (name === null) {
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    return;
  }
  const control = form.elements.namedItem(name);
  if (control instanceof Element) {
    control.setAttribute('aria-invalid', 'true');
    control.focus();
  }
}

/** Shows a short confirmation next to a form. */
export function showMessage(el, text) {
  replace(el, text);
  el.hidden = false;
}

/** The form's named controls as a plain object of trimmed strings (passwords untrimmed). */
export function formValues(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    values[el.name] = el.type === 'password' ? el.value : el.value.trim();
  }
  return values;
}

/** Disables a form's controls while a request runs. */
export async function busy(form, work) {
  const controls = [...form.querySelectorAll('button, input, select, textarea')].filter((c) => !c.disabled);
  controls.forEach((c) => { c.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    controls.forEach((c) => { c.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}

/** Previous/next paging for a list answer {items, page, size, total}. */
export function pager(prefix, result, goTo) {
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  const info = result.total === 0
    ? 'No entries'
    : `Page ${result.page + 1} of ${pages} · ${result.total} ${result.total === 1 ? 'entry' : 'entries'}`;
  return h('div', { class: 'pager', id: `${prefix}-pager`, 'data-test': `${prefix}-pager` },
    h('button', {
      type: 'button', class: 'secondary', id: `${prefix}-prev`, 'data-test': `${prefix}-prev`,
      disabled: result.page <= 0, onclick: () => goTo(result.page - 1),
    }, '‹ Previous'),
    h('span', { id: `${prefix}-page-info`, 'data-test': `${prefix}-page-info` }, info),
    h('button', {
      type: 'button', class: 'secondary', id: `${prefix}-next`, 'data-test': `${prefix}-next`,
      disabled: result.page + 1 >= pages, onclick: () => goTo(result.page + 1),
    }, 'Next ›'));
}

/**
 * Formats an instant (ISO text, or epoch seconds/millis as Jackson may write them) in the viewer's zone;
 * {seconds: true} shows the seconds too (logs).
 */
export function formatInstant(value, { seconds = false } = {}) {
  if (value === null || value === undefined || value === '') return '';
  let date;
  if (typeof value === 'number') date = new Date(value < 1e11 ? value * 1000 : value);
  else date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' }).format(date);
}

/** A <time> element for an instant, with the exact value in its datetime attribute. */
export function timeEl(value, testId, options) {
  if (value === null || value === undefined || value === '') return h('span', { 'data-test': testId }, '');
  const iso = typeof value === 'number' ? new Date(value < 1e11 ? value * 1000 : value).toISOString() : String(value);
  return h('time', { datetime: iso, title: iso, 'data-test': testId }, formatInstant(value, options));
}

/** A byte count for people: "1,234 bytes" below a kilobyte, "12.3 KB (12,634 bytes)" above. */
export function formatBytes(bytes) {
  const n = Number(bytes);
  if (!Number.isFinite(n)) return String(bytes ?? '');
  const exact = `${n.toLocaleString()} ${n === 1 ? 'byte' : 'bytes'}`;
  if (n < 1024) return exact;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} ${units[unit]} (${exact})`;
}
