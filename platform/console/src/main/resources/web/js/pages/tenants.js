// Agency view of tenants: paged table, onboarding form, suspend (with reason), resume, export
// (ACTIVE or SUSPENDED) and offboarding (SUSPENDED and exported since, confirmed by typing the slug).

import { api, query, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, formValues, pager, timeEl, formatBytes,
} from '../dom.js';

const PAGE_SIZE = 20;
const MODES = [
  ['IN_HOUSE', 'In-house (own agents)'],
  ['OUTSOURCED', 'Outsourced (agency agents)'],
  ['HYBRID', 'Hybrid (in-house in business hours, agency after hours)'],
];

export function renderTenants(main, ctx) {
  const listError = problemBox('tenants-error');
  const listMessage = h('p', { id: 'tenants-message', class: 'message', role: 'status', 'data-test': 'tenants-message', hidden: true });
  const tbody = h('tbody', { id: 'tenants-body', 'data-test': 'tenants-body' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  let currentPage = 0;
  let polls = 0;
  let pollTimer = null;
  ctx.signal.addEventListener('abort', () => clearTimeout(pollTimer));
  const exports = new Map(); // slug → the latest export made from this page

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
    // An offboarded tenant has no database, users or organisation left: status only, no actions.
    const actions = tenant.status === 'OFFBOARDED' ? [] : [
      h('a', { class: 'button-link', href: `#/org/${seg(tenant.slug)}`, 'data-test': 'tenant-org' }, 'Org'),
      h('a', { class: 'button-link', href: `#/calendar/${seg(tenant.slug)}`, 'data-test': 'tenant-calendar' }, 'Calendar'),
      h('a', { class: 'button-link', href: `#/routing/${seg(tenant.slug)}`, 'data-test': 'tenant-routing' }, 'Routing'),
      h('a', { class: 'button-link', href: `#/billing/${seg(tenant.slug)}`, 'data-test': 'tenant-billing' }, 'Billing'),
      h('a', { class: 'button-link', href: `#/campaigns/${seg(tenant.slug)}`, 'data-test': 'tenant-campaigns' }, 'Campaigns'),
      h('a', { class: 'button-link', href: `#/scripts/${seg(tenant.slug)}`, 'data-test': 'tenant-scripts' }, 'Scripts'),
      h('a', { class: 'button-link', href: `#/bulletins/${seg(tenant.slug)}`, 'data-test': 'tenant-bulletins' }, 'Bulletins'),
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
    if (tenant.status === 'ACTIVE' || tenant.status === 'SUSPENDED') {
      actions.push(h('button', {
        type: 'button', class: 'secondary', 'data-test': 'tenant-export',
        title: `Write all data of ${tenant.slug} to an export file on the server`,
        onclick: (event) => exportFromRow(tenant, event.currentTarget),
      }, 'Export'));
    }
    if (tenant.status === 'SUSPENDED') {
      actions.push(h('button', {
        type: 'button', class: 'danger', 'data-test': 'tenant-offboard', onclick: () => openOffboard(tenant),
      }, 'Offboard'));
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
      h('td', { class: 'actions', 'data-test': 'tenant-actions' }, actions));
  }

  async function act(button, call) {
    hideProblem(listError);
    listMessage.hidden = true;
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

  // Export: the server writes the tenant's data to a file in its export directory and answers
  // {tenantSlug, file, bytes, contacts, users, createdAt}; the latest one stays on screen.
  const exportPanel = h('section', {
    id: 'export-result', class: 'card export-result', role: 'status', 'aria-live': 'polite',
    'data-test': 'export-result', hidden: true,
  });

  function runExport(tenant) {
    return api('POST', `/tenants/${seg(tenant.slug)}/export`).then((result) => {
      exports.set(tenant.slug, result);
      if (!ctx.signal.aborted) showExport(result);
      return result;
    });
  }

  async function exportFromRow(tenant, button) {
    hideProblem(listError);
    button.disabled = true;
    const label = button.textContent;
    replace(button, 'Exporting…');
    try {
      await runExport(tenant);
    } catch (err) {
      if (!ctx.signal.aborted) showProblem(listError, err);
    } finally {
      button.disabled = false;
      replace(button, label);
    }
  }

  function showExport(result) {
    exportPanel.setAttribute('data-slug', result.tenantSlug ?? '');
    replace(exportPanel,
      h('div', { class: 'page-head' },
        h('h2', { id: 'export-title', 'data-test': 'export-title' }, `Export of ${result.tenantSlug} written`),
        h('button', {
          type: 'button', class: 'secondary', id: 'export-close', 'data-test': 'export-close',
          onclick: () => { exportPanel.hidden = true; },
        }, 'Close')),
      exportFacts(result, 'export'));
    exportPanel.hidden = false;
  }

  // Offboarding deletes the tenant's database: explained, and confirmed by typing the slug.
  const offboardError = problemBox('offboard-error');
  const offboardSlugHint = h('span', { id: 'offboard-slug-hint' });
  const offboardInput = h('input', {
    id: 'offboard-confirm-slug', name: 'confirm', 'data-test': 'offboard-confirm-slug',
    autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off',
  });
  const offboardExportInfo = h('div', { id: 'offboard-export-info', class: 'small', 'data-test': 'offboard-export-info' });
  const offboardExport = h('button', {
    type: 'button', id: 'offboard-export', class: 'secondary', 'data-test': 'offboard-export',
    onclick: () => exportFromDialog(),
  }, 'Export now');
  const offboardForm = h('form', { id: 'offboard-form', method: 'dialog', novalidate: true, 'data-test': 'offboard-form' },
    h('h2', { id: 'offboard-title', 'data-test': 'offboard-title' }, 'Offboard tenant'),
    h('div', { id: 'offboard-explanation', class: 'offboard-explanation', 'data-test': 'offboard-explanation' },
      h('p', {}, h('strong', {}, 'This deletes the tenant\'s database'),
        ' with all its contacts, organisation and history, and disables all of its users. It cannot be undone.'),
      h('p', {}, 'The tenant must have been exported since it was suspended; the export file is kept on the server. '
        + 'Without such an export the server refuses to offboard.')),
    offboardExportInfo,
    field(h('span', {}, 'Type the slug ', offboardSlugHint, ' to confirm'), offboardInput),
    offboardError,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', id: 'offboard-confirm', class: 'danger-solid', 'data-test': 'offboard-confirm' }, 'Delete database and offboard'),
      offboardExport,
      h('button', { type: 'button', id: 'offboard-cancel', class: 'secondary', 'data-test': 'offboard-cancel', onclick: () => offboardDialog.close() }, 'Cancel')));
  const offboardDialog = h('dialog', { id: 'offboard-dialog', class: 'wide', 'data-test': 'offboard-dialog' }, offboardForm);
  let offboarding = null;

  function openOffboard(tenant) {
    offboarding = tenant;
    offboardDialog.setAttribute('data-slug', tenant.slug);
    replace(offboardForm.querySelector('#offboard-title'), `Offboard ${tenant.name} (${tenant.slug})`);
    replace(offboardSlugHint, h('code', {}, tenant.slug));
    offboardForm.reset();
    hideProblem(offboardError, offboardForm);
    showDialogExport(tenant.slug);
    offboardDialog.showModal();
    offboardInput.focus();
  }

  function showDialogExport(slug) {
    const known = exports.get(slug);
    replace(offboardExportInfo, known
      ? h('div', { class: 'notice' }, h('strong', {}, 'Latest export from this console: '), exportFacts(known, 'offboard-export'))
      : h('p', { class: 'muted' }, 'No export of this tenant was made from this page; the server checks whether one was made since the suspension.'));
  }

  async function exportFromDialog() {
    const tenant = offboarding;
    hideProblem(offboardError, offboardForm);
    try {
      await busy(offboardForm, () => runExport(tenant));
      if (offboarding === tenant) showDialogExport(tenant.slug);
    } catch (err) {
      showProblem(offboardError, err, offboardForm);
    }
  }

  offboardForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(offboardError, offboardForm);
    const tenant = offboarding;
    const confirm = offboardInput.value.trim();
    try {
      const result = await busy(offboardForm, () => api('DELETE', `/tenants/${seg(tenant.slug)}${query({ confirm })}`));
      offboardDialog.close();
      const file = exports.get(tenant.slug)?.file;
      showMessage(listMessage, `Tenant ${tenant.slug} is ${result?.status ?? 'OFFBOARDED'}; its database was deleted`
        + (file ? `, the export is kept at ${file}.` : '.'));
      await load();
    } catch (err) {
      showProblem(offboardError, err, offboardForm);
      if (err.field === 'confirm') offboardInput.select();
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
    listMessage,
    exportPanel,
    h('div', { class: 'table-wrap' },
      h('table', { id: 'tenants-table', 'data-test': 'tenants-table' },
        h('thead', {}, h('tr', {},
          ['Slug', 'Name', 'Time zone', 'Locale · currency', 'Mode', 'Status', 'Schema · created', ''].map((t) => h('th', {}, t)))),
        tbody)),
    pagerSlot,
    // Only agency admins onboard; others see what the server answers for the list (a refusal).
    ctx.user.role === 'AGENCY_ADMIN' ? [form, dialog, offboardDialog] : null));

  load(0);
}

/** The facts of an export answer as a definition list; each value carries data-test `${prefix}-<name>`. */
function exportFacts(result, prefix) {
  const fact = (label, name, value, raw) => [
    h('dt', {}, label),
    h('dd', { 'data-test': `${prefix}-${name}`, 'data-value': raw ?? null }, value),
  ];
  return h('dl', { class: 'facts', 'data-test': `${prefix}-facts` },
    fact('File', 'file', h('code', {}, result.file ?? ''), result.file ?? ''),
    fact('Size', 'bytes', formatBytes(result.bytes), result.bytes),
    fact('Contacts', 'contacts', Number(result.contacts ?? 0).toLocaleString(), result.contacts),
    fact('Users', 'users', Number(result.users ?? 0).toLocaleString(), result.users),
    fact('Written', 'created', timeEl(result.createdAt, `${prefix}-created-at`, { seconds: true })));
}
