// Agency view of tenants: paged table, onboarding form, suspend (with reason) and resume.

import { api, query, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, formValues, pager, timeEl,
} from '../dom.js';

const PAGE_SIZE = 20;
const MODES = [
  ['IN_HOUSE', 'In-house (own agents)'],
  ['OUTSOURCED', 'Outsourced (agency agents)'],
  ['HYBRID', 'Hybrid (in-house in business hours, agency after hours)'],
];

export function renderTenants(main, ctx) {
  const listError = problemBox('tenants-error');
  const tbody = h('tbody', { id: 'tenants-body', 'data-test': 'tenants-body' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  let currentPage = 0;
  let polls = 0;
  let pollTimer = null;
  ctx.signal.addEventListener('abort', () => clearTimeout(pollTimer));

  async function load(page = currentPage) {
    clearTimeout(pollTimer);
    try {
      const result = await api('GET', `/tenants${query({ page, size: PAGE_SIZE })}`);
      if (ctx.signal.aborted) return;
      currentPage = result.page;
      hideProblem(listError);
      replace(tbody, result.items.length
        ? result.items.map(row)
        : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No tenants yet.')));
      replace(pagerSlot, pager('tenants', result, load));
      main.querySelector('#tenants-table').setAttribute('data-loaded', 'true');
      // Onboarding may finish in the background: refresh while any tenant is still provisioning.
      if (result.items.some((t) => t.status === 'PROVISIONING') && polls++ < 60) {
        pollTimer = setTimeout(() => load(), 2000);
      }
    } catch (err) {
      if (!ctx.signal.aborted) showProblem(listError, err);
    }
  }

  function row(tenant) {
    const actions = [
      h('a', { class: 'button-link', href: `#/org/${seg(tenant.slug)}`, 'data-test': 'tenant-org' }, 'Org'),
    ];
    if (tenant.status === 'ACTIVE') {
      actions.push(h('button', {
        type: 'button', class: 'danger', 'data-test': 'tenant-suspend', onclick: () => openSuspend(tenant),
      }, 'Suspend'));
    } else if (tenant.status === 'SUSPENDED') {
      actions.push(h('button', {
        type: 'button', 'data-test': 'tenant-resume',
        onclick: (event) => act(event.currentTarget, () => api('POST', `/tenants/${seg(tenant.slug)}/resume`)),
      }, 'Resume'));
    }
    return h('tr', { 'data-test': 'tenant-row', 'data-slug': tenant.slug, 'data-status': tenant.status },
      h('td', { 'data-test': 'tenant-slug' }, h('code', {}, tenant.slug)),
      h('td', { 'data-test': 'tenant-name' }, tenant.name),
      h('td', {}, tenant.timeZone),
      h('td', {}, tenant.locale, ' · ', tenant.currency),
      h('td', { 'data-test': 'tenant-mode' }, tenant.operatingMode),
      h('td', {},
        h('span', { class: `status status-${tenant.status}`, 'data-test': 'tenant-status' }, tenant.status),
        tenant.migrationError ? h('div', { class: 'small problem-inline', 'data-test': 'tenant-migration-error' }, tenant.migrationError) : null),
      h('td', { class: 'small' }, tenant.schemaVersion ?? '', h('br'), timeEl(tenant.createdAt, 'tenant-created')),
      h('td', { class: 'actions' }, actions));
  }

  async function act(button, call) {
    button.disabled = true;
    try {
      await call();
      await load();
    } catch (err) {
      showProblem(listError, err);
      button.disabled = false;
    }
  }

  // Suspension needs a reason, asked for in a dialog.
  const suspendError = problemBox('suspend-error');
  const suspendForm = h('form', { id: 'suspend-form', method: 'dialog', novalidate: true, 'data-test': 'suspend-form' },
    h('h2', { id: 'suspend-title' }, 'Suspend tenant'),
    h('p', { class: 'muted' }, 'Users of a suspended tenant cannot sign in or work until it is resumed.'),
    field('Reason', h('textarea', { id: 'suspend-reason', name: 'reason', rows: 3, required: true, 'data-test': 'suspend-reason' })),
    suspendError,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', id: 'suspend-confirm', class: 'danger', 'data-test': 'suspend-confirm' }, 'Suspend'),
      h('button', { type: 'button', id: 'suspend-cancel', class: 'secondary', 'data-test': 'suspend-cancel', onclick: () => dialog.close() }, 'Cancel')));
  const dialog = h('dialog', { id: 'suspend-dialog', 'data-test': 'suspend-dialog' }, suspendForm);
  let suspending = null;

  function openSuspend(tenant) {
    suspending = tenant;
    replace(suspendForm.querySelector('#suspend-title'), `Suspend ${tenant.name} (${tenant.slug})`);
    suspendForm.reset();
    hideProblem(suspendError, suspendForm);
    dialog.showModal();
  }

  suspendForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { reason } = formValues(suspendForm);
    try {
      await busy(suspendForm, () => api('POST', `/tenants/${seg(suspending.slug)}/suspend`, { reason }));
      dialog.close();
      await load();
    } catch (err) {
      showProblem(suspendError, err, suspendForm);
    }
  });

  // Onboarding form.
  const formError = problemBox('tenant-form-error');
  const formMessage = h('p', { id: 'tenant-form-message', class: 'message', 'data-test': 'form-message', hidden: true });
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const form = h('form', { id: 'tenant-form', class: 'card', novalidate: true, 'data-test': 'tenant-form' },
    h('h2', {}, 'Onboard a tenant'),
    h('div', { class: 'grid-2' },
      field('Slug', h('input', { id: 'tenant-slug', name: 'slug', 'data-test': 'tenant-slug', autocomplete: 'off', spellcheck: 'false', placeholder: 'acme' }),
        'Lower-case short name used in URLs and database names; cannot change later.'),
      field('Name', h('input', { id: 'tenant-name', name: 'name', 'data-test': 'tenant-name', placeholder: 'ACME Corporation' })),
      field('Time zone', h('input', { id: 'tenant-timezone', name: 'timeZone', list: 'timezones', 'data-test': 'tenant-timezone', value: browserZone, spellcheck: 'false' })),
      field('Locale', h('input', { id: 'tenant-locale', name: 'locale', 'data-test': 'tenant-locale', value: navigator.language || 'en-US', placeholder: 'en-US' })),
      field('Currency', h('input', { id: 'tenant-currency', name: 'currency', 'data-test': 'tenant-currency', value: 'USD', maxlength: 3, placeholder: 'USD' })),
      field('Operating mode', h('select', { id: 'tenant-mode', name: 'operatingMode', 'data-test': 'tenant-mode' },
        MODES.map(([value, label]) => h('option', { value }, label))))),
    h('datalist', { id: 'timezones' }, zones.map((zone) => h('option', { value: zone }))),
    formError,
    formMessage,
    h('button', { type: 'submit', id: 'tenant-create', 'data-test': 'tenant-create' }, 'Onboard tenant'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(formError, form);
    formMessage.hidden = true;
    const values = formValues(form);
    values.currency = values.currency.toUpperCase();
    try {
      const tenant = await busy(form, () => api('POST', '/tenants', values));
      showMessage(formMessage, `Tenant ${tenant.slug} onboarded (${tenant.status}).`);
      form.elements.namedItem('slug').value = '';
      form.elements.namedItem('name').value = '';
      polls = 0;
      await load();
    } catch (err) {
      showProblem(formError, err, form);
    }
  });

  replace(main, h('section', { id: 'tenants-page', class: 'page', 'data-test': 'tenants-page' },
    h('div', { class: 'page-head' },
      h('h1', {}, 'Tenants'),
      h('button', { type: 'button', id: 'tenants-refresh', class: 'secondary', 'data-test': 'tenants-refresh', onclick: () => load() }, 'Refresh')),
    listError,
    h('div', { class: 'table-wrap' },
      h('table', { id: 'tenants-table', 'data-test': 'tenants-table' },
        h('thead', {}, h('tr', {},
          ['Slug', 'Name', 'Time zone', 'Locale · currency', 'Mode', 'Status', 'Schema · created', ''].map((t) => h('th', {}, t)))),
        tbody)),
    pagerSlot,
    // Only agency admins onboard; others see what the server answers for the list (a refusal).
    ctx.user.role === 'AGENCY_ADMIN' ? [form, dialog] : null));

  load(0);
}
