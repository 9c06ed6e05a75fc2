// The agency's invoice register, #/invoices: every numbered invoice and credit note of every tenant,
// newest first, with the carrier cost of the period and the margin (subtotal − cost) where costs are
// tracked. Agency admins only; anyone else gets the server's refusal on the page.

import { api, query, seg } from '../api.js';
import { h, replace, problemBox, showProblem, hideProblem, timeEl } from '../dom.js';
import { formatMoney, formatMonth, plainDecimal } from '../money.js';
import { KIND_LABELS } from './billing.js';

const COLUMNS = [
  ['Number'], ['Kind'], ['Tenant'], ['Period'], ['Subtotal', 'num'], ['Tax', 'num'], ['Total', 'num'], ['Cost', 'num'],
  ['Margin', 'num'], ['State'], ['Issued'],
];

export function renderInvoiceRegister(main, ctx) {
  const { signal } = ctx;
  const pageError = problemBox('register-error');
  pageError.setAttribute('data-test', 'page-error');
  const tbody = h('tbody', { id: 'register-body', 'data-test': 'register-body' });
  const table = h('table', { id: 'register-table', class: 'money-table register-table', 'data-test': 'register-table' },
    h('thead', {}, h('tr', {}, COLUMNS.map(([label, cls]) => h('th', { class: cls ?? null }, label)))),
    tbody);
  const summary = h('p', { id: 'register-summary', class: 'muted small', 'data-test': 'register-summary' });
  const refresh = h('button', {
    type: 'button', id: 'register-refresh', class: 'secondary', 'data-test': 'register-refresh', onclick: () => load(),
  }, 'Refresh');

  async function load() {
    refresh.disabled = true;
    table.setAttribute('data-loaded', 'false');
    try {
      const entries = await api('GET', '/invoice-register');
      if (signal.aborted) return;
      hideProblem(pageError);
      replace(tbody, entries.length ? entries.map(row)
        : h('tr', { 'data-test': 'register-empty' }, h('td', { colspan: COLUMNS.length, class: 'muted' }, 'No invoices have been issued yet.')));
      const tenants = new Set(entries.map((e) => e.tenant));
      replace(summary, `${entries.length} ${entries.length === 1 ? 'document' : 'documents'} of ${tenants.size} `
        + `${tenants.size === 1 ? 'tenant' : 'tenants'}. Cost and margin are shown where the tenant's calls are costed with a carrier cost table.`);
      table.setAttribute('data-count', String(entries.length));
      table.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted) return;
      replace(tbody);
      replace(summary);
      showProblem(pageError, err);
      if (err.status === 403) {
        pageError.append(h('p', { 'data-test': 'refusal' }, 'Only agency admins read the invoice register.'));
      }
      table.setAttribute('data-loaded', 'error');
    } finally {
      refresh.disabled = false;
    }
  }

  function row(e) {
    const link = `#/billing/${seg(e.tenant)}${query({ period: e.period })}`;
    return h('tr', {
      class: `kind-${e.kind}`, 'data-test': 'register-row', 'data-number': e.number, 'data-tenant': e.tenant, 'data-kind': e.kind,
      'data-period': e.period, 'data-state': e.state,
    },
    h('td', { class: 'nowrap', 'data-test': 'register-number' }, h('strong', {}, e.number)),
    h('td', { 'data-test': 'register-kind' }, KIND_LABELS[e.kind] || e.kind,
      e.refersTo ? h('span', { class: 'muted small' }, ` for ${e.refersTo}`) : null),
    h('td', { 'data-test': 'register-tenant' }, h('a', { href: link, 'data-test': 'register-tenant-link' }, e.tenant)),
    h('td', { class: 'nowrap', 'data-test': 'register-period' }, formatMonth(e.period)),
    money('register-subtotal', e.subtotal, e.currency),
    money('register-tax', e.taxTotal, e.currency),
    money('register-total', e.total, e.currency),
    money('register-cost', e.cost, e.costCurrency),
    money('register-margin', e.margin, e.currency, e.margin !== null && e.margin !== undefined && plainDecimal(e.margin).startsWith('-')
      ? 'negative' : null),
    h('td', {}, h('span', { class: `status status-${e.state}`, 'data-test': 'register-state' }, e.state)),
    h('td', { class: 'small nowrap' }, timeEl(e.issuedAt, 'register-issued'), e.issuedBy ? h('span', { class: 'muted' }, ` by ${e.issuedBy}`) : null));
  }

  replace(main, h('section', { id: 'register-page', class: 'page', 'data-test': 'register-page' },
    h('div', { class: 'page-head' },
      h('h1', { id: 'register-title', 'data-test': 'register-title' }, 'Invoice register'),
      refresh),
    pageError,
    summary,
    h('div', { class: 'table-wrap' }, table)));

  load();
}

/** A money cell; an absent value (costs not tracked, or another currency) is a muted dash. */
function money(testId, value, currency, extraClass) {
  const absent = value === null || value === undefined || value === '';
  return h('td', {
    class: ['num', 'nowrap', extraClass].filter(Boolean).join(' '), 'data-test': testId, 'data-value': absent ? '' : plainDecimal(value),
  }, absent ? h('span', { class: 'muted', title: 'not tracked' }, '—') : formatMoney(value, currency));
}
