// Audit log: agency admins read the whole log (filters: tenant, outcome), tenant admins their own
// tenant's (GET /audit?tenant=<own slug>). Newest first, paged. Filters, page and page size are kept in
// the address (#/audit?tenant=…&outcome=…&page=…&size=…) so a reload or a shared link shows the same entries.

import { api, query } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, pager, timeEl,
} from '../dom.js';

const PAGE_SIZES = [10, 25, 50, 100, 200];
const DEFAULT_SIZE = 50;
const OUTCOMES = [
  ['', 'All outcomes'],
  ['OK', 'OK'],
  ['DENIED', 'DENIED (refused)'],
  ['FAILED', 'FAILED'],
];
const COLUMNS = ['Time', 'Actor', 'Actor tenant', 'Tenant', 'Action', 'Target', 'Outcome', 'Detail', 'Origin'];

export function renderAudit(main, ctx, params = new URLSearchParams()) {
  const { user, signal } = ctx;
  const agencyAdmin = user.role === 'AGENCY_ADMIN';
  // Everyone but agency staff reads their own tenant's log only; the server refuses anything else.
  const ownTenant = agencyAdmin ? null : user.tenantSlug || null;

  const filters = {
    tenant: ownTenant ?? (params.get('tenant') || '').trim(),
    outcome: OUTCOMES.some(([value]) => value && value === params.get('outcome')) ? params.get('outcome') : '',
  };
  let currentPage = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const askedSize = Number.parseInt(params.get('size') || '', 10);
  let pageSize = PAGE_SIZES.includes(askedSize) ? askedSize : DEFAULT_SIZE;
  let requestSeq = 0;

  const pageError = problemBox('audit-error');
  pageError.setAttribute('data-test', 'page-error');
  const tbody = h('tbody', { id: 'audit-body', 'data-test': 'audit-body' });
  const table = h('table', { id: 'audit-table', class: 'audit-table', 'data-test': 'audit-table' },
    h('thead', {}, h('tr', {}, COLUMNS.map((t) => h('th', {}, t)))),
    tbody);
  const pagerSlot = h('div', { class: 'pager-slot' });

  // ---- filters ------------------------------------------------------------------------------------
  const tenantControl = agencyAdmin
    ? h('input', {
      id: 'audit-tenant', name: 'tenant', 'data-test': 'audit-tenant', list: 'audit-tenants',
      value: filters.tenant, placeholder: 'all tenants', autocomplete: 'off', spellcheck: 'false',
    })
    : h('span', { id: 'audit-tenant-fixed', class: 'fixed-value', 'data-test': 'audit-tenant-fixed' },
      h('code', {}, ownTenant ?? '—'));
  const tenantList = agencyAdmin ? h('datalist', { id: 'audit-tenants' }) : null;
  const outcomeSelect = h('select', { id: 'audit-outcome', name: 'outcome', 'data-test': 'audit-outcome', value: filters.outcome },
    OUTCOMES.map(([value, label]) => h('option', { value }, label)));
  const sizeSelect = h('select', { id: 'audit-size', name: 'size', 'data-test': 'audit-size', value: String(pageSize) },
    PAGE_SIZES.map((n) => h('option', { value: String(n) }, String(n))));
  const filterForm = h('form', { id: 'audit-filters', class: 'card filters', novalidate: true, 'data-test': 'audit-filters' },
    field('Tenant', tenantControl, agencyAdmin ? 'A slug; empty for the whole log.' : null),
    field('Outcome', outcomeSelect),
    h('div', { class: 'field-narrow' }, field('Per page', sizeSelect)),
    tenantList,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', id: 'audit-apply', 'data-test': 'audit-apply' }, 'Apply filters'),
      h('button', { type: 'button', id: 'audit-reset', class: 'secondary', 'data-test': 'audit-reset', onclick: () => reset() }, 'Reset')));

  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    filters.tenant = ownTenant ?? tenantControl.value.trim();
    filters.outcome = outcomeSelect.value;
    pageSize = Number(sizeSelect.value) || DEFAULT_SIZE;
    load(0);
  });
  // Choosing an outcome or a page size applies at once; the tenant applies on Enter or with the button.
  outcomeSelect.addEventListener('change', () => filterForm.requestSubmit());
  sizeSelect.addEventListener('change', () => filterForm.requestSubmit());

  function reset() {
    if (agencyAdmin) tenantControl.value = '';
    outcomeSelect.value = '';
    filterForm.requestSubmit();
  }

  if (agencyAdmin) {
    api('GET', `/tenants${query({ page: 0, size: 200 })}`).then((result) => {
      if (signal.aborted) return;
      replace(tenantList, result.items.map((t) => h('option', { value: t.slug }, `${t.name} (${t.status})`)));
    }).catch(() => { /* suggestions only; any slug can be typed */ });
  }

  // ---- list ---------------------------------------------------------------------------------------
  async function load(page = currentPage) {
    const seq = ++requestSeq;
    table.setAttribute('data-loaded', 'false');
    table.setAttribute('aria-busy', 'true');
    hideProblem(pageError);
    const params = { tenant: filters.tenant, outcome: filters.outcome, page, size: pageSize };
    try {
      const result = await api('GET', `/audit${query(params)}`);
      if (signal.aborted || seq !== requestSeq) return;
      currentPage = result.page;
      replace(tbody, result.items.length
        ? result.items.map(entryRow)
        : h('tr', { 'data-test': 'audit-empty' }, h('td', { colspan: COLUMNS.length, class: 'muted' },
          filters.tenant || filters.outcome ? 'No audit entries match these filters.' : 'The audit log is empty.')));
      replace(pagerSlot, pager('audit', result, (p) => load(p)));
      remember();
      table.setAttribute('data-tenant', filters.tenant);
      table.setAttribute('data-outcome', filters.outcome);
      table.setAttribute('data-page', String(result.page));
      table.setAttribute('data-size', String(result.size));
      table.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted || seq !== requestSeq) return;
      replace(tbody);
      replace(pagerSlot);
      showProblem(pageError, err);
      if (err.status === 403) {
        pageError.append(h('p', { 'data-test': 'refusal' }, ownTenant
          ? `Your role may not read the audit log of ${ownTenant}.`
          : 'Only agency admins read the whole audit log.'));
      }
    } finally {
      if (seq === requestSeq) table.removeAttribute('aria-busy');
    }
  }

  /** Keeps filters and page in the address without a new history entry (and without re-routing). */
  function remember() {
    const search = query({
      tenant: agencyAdmin ? filters.tenant : '', outcome: filters.outcome,
      page: currentPage || '', size: pageSize === DEFAULT_SIZE ? '' : pageSize,
    });
    const hash = `#/audit${search}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  function entryRow(entry) {
    const outcome = entry.outcome ?? '';
    return h('tr', {
      class: `audit-row outcome-${outcome}`, 'data-test': 'audit-row', 'data-id': entry.id ?? null,
      'data-outcome': outcome, 'data-actor': entry.actor ?? '', 'data-tenant': entry.tenant ?? '',
      'data-action': entry.action ?? '',
    },
    h('td', { class: 'nowrap small' }, timeEl(entry.at, 'audit-at', { seconds: true })),
    h('td', { 'data-test': 'audit-actor' }, entry.actor ?? ''),
    h('td', { 'data-test': 'audit-actor-tenant' }, orNone(entry.actorTenant)),
    h('td', { 'data-test': 'audit-tenant' }, orNone(entry.tenant)),
    h('td', { 'data-test': 'audit-action' }, h('code', {}, entry.action ?? '')),
    h('td', { class: 'wrap', 'data-test': 'audit-target' }, entry.target ?? ''),
    h('td', {}, h('span', { class: `status status-${outcome}`, 'data-test': 'audit-outcome' }, outcome)),
    h('td', { class: 'wrap detail', 'data-test': 'audit-detail' }, entry.detail ?? ''),
    h('td', { class: 'small', 'data-test': 'audit-origin' }, entry.origin ?? ''));
  }

  replace(main, h('section', { id: 'audit-page', class: 'page', 'data-test': 'audit-page', 'data-scope': ownTenant ?? 'all' },
    h('div', { class: 'page-head' },
      h('h1', { id: 'audit-title', 'data-test': 'audit-title' }, ownTenant ? `Audit log of ${ownTenant}` : 'Audit log'),
      h('button', { type: 'button', id: 'audit-refresh', class: 'secondary', 'data-test': 'audit-refresh', onclick: () => load() }, 'Refresh')),
    filterForm,
    pageError,
    h('div', { class: 'table-wrap' }, table),
    pagerSlot));

  load(currentPage);
}

/** Empty values (agency-level entries, anonymous actors) as a muted dash. */
function orNone(value) {
  return value ? value : h('span', { class: 'muted', title: 'none' }, '—');
}
