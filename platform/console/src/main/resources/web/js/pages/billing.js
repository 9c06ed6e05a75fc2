// Billing of a tenant, #/billing/<tenant>?period=YYYY-MM (default: the previous month).
// Agency admins rate the month as a job (live progress, then the report), read the charge summary and the
// invoice preview, drill down from a preview line into its charges, issue the invoice or a credit note,
// assign the rate plan and edit the invoicing terms. Client managers (and tenant admins) read their own
// tenant's preview, charges and documents. Everyone with access downloads the documents (PDF, CSV, Excel).
// Amounts are the server's decimal strings, shown as text (see money.js); nothing is computed here.

import { api, download, query, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, formValues, pager, timeEl, formatBytes,
} from '../dom.js';
import { ownerPicker } from '../owners.js';
import { formatDate } from '../zoned.js';
import {
  addMonths, formatAmount, formatMoney, formatMonth, formatRate, isMonth, plainDecimal, previousMonth,
} from '../money.js';

const POLL_MS = 500;
const CHARGES_PAGE_SIZE = 25;

/** What a charge type is called on screen; the invoice lines bring their own descriptions. */
export const CHARGE_TYPE_LABELS = {
  PLATFORM_FEE: 'Platform fee',
  TALK: 'Talk time',
  ATTEMPT: 'Call attempts',
  SEAT: 'Seat time',
  MESSAGE: 'Messages',
  COMMISSION: 'Commission',
  NOT_CHARGED: 'Not charged (in-house)',
  CARRIER_COST: 'Carrier cost',
};
/** The unit of a summed quantity per charge type (the summary sums the charges' raw quantities). */
const SUMMARY_UNITS = { TALK: 's', ATTEMPT: 's', SEAT: 's', MESSAGE: 'parts', COMMISSION: 'orders', PLATFORM_FEE: 'months' };
const UNIT_LABELS = { SECOND: 's', PART: 'parts', ORDER: 'orders', MONTH: 'months' };
export const KIND_LABELS = { INVOICE: 'Invoice', CREDIT_NOTE: 'Credit note' };

export function renderBilling(main, ctx, tenant, params = new URLSearchParams()) {
  const { user, signal } = ctx;
  const agencyAdmin = user.role === 'AGENCY_ADMIN';
  const asked = (params.get('period') || '').trim();
  const period = isMonth(asked) ? asked : previousMonth();
  const base = `/tenants/${seg(tenant)}/billing`;
  const hashFor = (slug, month) => `#/billing/${seg(slug)}${query({ period: month })}`;
  if (!isMonth(asked)) history.replaceState(null, '', hashFor(tenant, period));

  let documents = [];      // the tenant's register entries, newest first
  let preview = null;      // the invoice preview of the month on screen
  let pollTimer = null;
  signal.addEventListener('abort', () => clearTimeout(pollTimer));

  const pageError = problemBox('billing-error');
  pageError.setAttribute('data-test', 'page-error');
  const content = h('div', { id: 'billing-content', class: 'billing-layout', 'data-test': 'billing-content', hidden: true });

  // ---- month and tenant ---------------------------------------------------------------------------
  const monthInput = h('input', {
    type: 'month', id: 'billing-period', name: 'period', value: period, 'data-test': 'billing-period', required: true,
    'aria-labelledby': 'billing-period-label',
    onchange: (event) => {
      if (isMonth(event.target.value) && event.target.value !== period) ctx.navigate(hashFor(tenant, event.target.value));
    },
  });
  const monthTools = h('div', { class: 'month-picker' },
    h('button', {
      type: 'button', class: 'secondary', id: 'period-prev', 'data-test': 'period-prev', title: 'Previous month',
      onclick: () => ctx.navigate(hashFor(tenant, addMonths(period, -1))),
    }, '‹'),
    monthInput,
    h('button', {
      type: 'button', class: 'secondary', id: 'period-next', 'data-test': 'period-next', title: 'Next month',
      onclick: () => ctx.navigate(hashFor(tenant, addMonths(period, 1))),
    }, '›'));
  const picker = agencyAdmin ? ownerPicker({
    id: 'billing-tenant-select', current: tenant, signal, onPick: (value) => ctx.navigate(hashFor(value, period)),
  }) : null;

  // ---- rating (agency admins) ---------------------------------------------------------------------
  const ratingError = problemBox('rating-error');
  const rateButton = h('button', {
    type: 'button', id: 'rate-month', 'data-test': 'rate-month', onclick: () => rateMonth(),
  }, `Rate ${formatMonth(period)}`);
  const progressBar = h('progress', { id: 'rating-progress', 'data-test': 'rating-progress', max: 1 });
  const progressText = h('span', { id: 'rating-progress-text', class: 'small', 'data-test': 'rating-progress-text' });
  const jobBox = h('div', {
    id: 'rating-job', class: 'rating-job', role: 'status', 'aria-live': 'polite', 'data-test': 'rating-job', hidden: true,
  }, progressBar, progressText);
  const reportBox = h('div', { id: 'rating-report', class: 'rating-report', 'data-test': 'rating-report', hidden: true });

  async function rateMonth() {
    hideProblem(ratingError);
    clearTimeout(pollTimer);
    rateButton.disabled = true;
    reportBox.hidden = true;
    showJob({ state: 'RUNNING', done: 0, total: 0 });
    try {
      const job = await api('POST', `${base}/rating-jobs/${seg(period)}`);
      if (signal.aborted) return;
      follow(job);
    } catch (err) {
      if (signal.aborted) return;
      jobBox.hidden = true;
      rateButton.disabled = false;
      showProblem(ratingError, err);
    }
  }

  /** Shows the job; while it runs, asks again in POLL_MS. */
  function follow(job) {
    showJob(job);
    if (job.state === 'RUNNING') {
      pollTimer = setTimeout(async () => {
        try {
          const next = await api('GET', `/jobs/${seg(job.id)}`);
          if (!signal.aborted) follow(next);
        } catch (err) {
          if (signal.aborted) return;
          rateButton.disabled = false;
          showProblem(ratingError, err);
        }
      }, POLL_MS);
      return;
    }
    rateButton.disabled = false;
    if (job.state === 'SUCCEEDED') {
      showReport(job.result);
      loadSummary();
      loadPreview();
    } else {
      showProblem(ratingError, { title: 'Rating failed', detail: job.message || 'The rating job ended without a report.' });
    }
  }

  function showJob(job) {
    jobBox.hidden = false;
    jobBox.setAttribute('data-state', job.state);
    jobBox.setAttribute('data-done', String(job.done ?? 0));
    jobBox.setAttribute('data-total', String(job.total ?? 0));
    if (job.id) jobBox.setAttribute('data-job-id', job.id);
    if (job.total > 0) {
      progressBar.max = job.total;
      progressBar.value = Math.min(job.done, job.total);
    } else {
      progressBar.removeAttribute('value'); // indeterminate until the job has counted its records
    }
    const label = { RUNNING: 'Rating…', SUCCEEDED: 'Done', FAILED: 'Failed' }[job.state] || job.state;
    replace(progressText, h('strong', {}, label), ' ',
      job.total > 0 ? `${Number(job.done).toLocaleString()} of ${Number(job.total).toLocaleString()} records` : 'counting records…');
  }

  function showReport(resultText) {
    let report;
    try {
      report = JSON.parse(resultText || 'null');
    } catch {
      report = null;
    }
    if (!report) {
      replace(reportBox, h('p', { class: 'muted' }, 'The job finished without a readable report.'));
      reportBox.hidden = false;
      return;
    }
    // JSON.parse would turn the total into a float (and drop its trailing zeros): read it as written.
    const total = rawNumber(resultText, 'total') ?? String(report.total ?? '');
    const fact = (label, name, value, raw) => [
      h('dt', {}, label),
      h('dd', { 'data-test': `rating-${name}`, 'data-value': raw ?? value }, value),
    ];
    const failures = report.failures || [];
    replace(reportBox,
      h('dl', { class: 'facts report-facts' },
        fact('Records', 'records', report.records),
        fact('New', 'inserted', report.inserted),
        fact('Changed', 'updated', report.updated),
        fact('Unchanged', 'unchanged', report.unchanged),
        fact('Adjusted', 'adjusted', report.adjusted),
        fact('Charges total', 'total', formatMoney(total, report.currency), plainDecimal(total))),
      report.closedPeriod
        ? h('p', { class: 'notice small', 'data-test': 'rating-closed' }, `${formatMonth(period)} is invoiced and closed: its charges stay as `
          + 'invoiced, differences were written as adjustments for a credit note or the next invoice.')
        : null,
      failures.length
        ? h('div', { class: 'problem', 'data-test': 'rating-failures-box' },
          h('strong', {}, `${failures.length} ${failures.length === 1 ? 'record' : 'records'} could not be priced`),
          h('p', {}, 'Correct the rate plan (or the records), then rate the month again.'),
          h('ul', { id: 'rating-failures', 'data-test': 'rating-failures' },
            failures.map((f) => h('li', { 'data-test': 'rating-failure' }, f))))
        : h('p', { id: 'rating-no-failures', class: 'message small', 'data-test': 'rating-no-failures' }, 'Every record was priced.'));
    reportBox.hidden = false;
  }

  // ---- charge summary -----------------------------------------------------------------------------
  const summaryError = problemBox('summary-error');
  const summaryBody = h('tbody', { id: 'summary-body', 'data-test': 'summary-body' });
  const summaryTable = h('table', { id: 'summary-table', class: 'money-table', 'data-test': 'summary-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Charge type'), h('th', { class: 'num' }, 'Charges'), h('th', { class: 'num' }, 'Quantity'),
      h('th', { class: 'num' }, 'Amount'))),
    summaryBody);

  let summarySeq = 0;

  async function loadSummary() {
    const seq = ++summarySeq;
    summaryTable.setAttribute('data-loaded', 'false');
    try {
      const rows = await api('GET', `${base}/charges/${seg(period)}/summary`);
      if (signal.aborted || seq !== summarySeq) return;
      hideProblem(summaryError);
      replace(summaryBody, rows.length ? rows.map((r) => h('tr', {
        'data-test': 'summary-row', 'data-type': r.chargeType, 'data-amount': plainDecimal(r.amount),
      },
      h('td', {}, CHARGE_TYPE_LABELS[r.chargeType] || r.chargeType, ' ', h('code', { class: 'small muted' }, r.chargeType)),
      h('td', { class: 'num', 'data-test': 'summary-charges' }, Number(r.charges).toLocaleString()),
      h('td', { class: 'num', 'data-test': 'summary-quantity', 'data-value': plainDecimal(r.quantity) },
        quantityText(r.quantity, SUMMARY_UNITS[r.chargeType] ?? '')),
      h('td', { class: 'num', 'data-test': 'summary-amount', 'data-value': plainDecimal(r.amount) }, formatMoney(r.amount, r.currency))))
        : h('tr', { 'data-test': 'summary-empty' }, h('td', { colspan: 4, class: 'muted' },
          `No charges for ${formatMonth(period)} yet${agencyAdmin ? ': rate the month to price its records.' : '.'}`)));
      summaryTable.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted || seq !== summarySeq) return;
      replace(summaryBody);
      showProblem(summaryError, err);
      summaryTable.setAttribute('data-loaded', 'error');
    }
  }

  // ---- invoice preview ----------------------------------------------------------------------------
  const previewError = problemBox('preview-error');
  const previewMessage = h('p', { id: 'preview-message', class: 'message', role: 'status', 'data-test': 'preview-message', hidden: true });
  const invoicedNotice = h('p', { id: 'preview-invoiced', class: 'notice', 'data-test': 'preview-invoiced', hidden: true });
  const previewFacts = h('dl', { id: 'preview-facts', class: 'facts preview-facts', 'data-test': 'preview-facts' });
  const previewLines = h('tbody', { id: 'preview-lines', 'data-test': 'preview-lines' });
  const previewTotals = h('tfoot', { id: 'preview-totals', 'data-test': 'preview-totals' });
  const previewTable = h('table', { id: 'preview-table', class: 'money-table preview-table', 'data-test': 'preview-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Description'), h('th', { class: 'num' }, 'Quantity'), h('th', { class: 'num' }, 'Records'),
      h('th', { class: 'num' }, 'Amount'))),
    previewLines, previewTotals);
  const issueInvoiceButton = h('button', {
    type: 'button', id: 'issue-invoice', 'data-test': 'issue-invoice', onclick: () => openIssue('INVOICE'),
  }, 'Issue invoice');
  const issueCreditButton = h('button', {
    type: 'button', id: 'issue-credit-note', class: 'secondary', 'data-test': 'issue-credit-note', onclick: () => openIssue('CREDIT_NOTE'),
  }, 'Issue credit note');
  const issueHint = h('p', { id: 'issue-hint', class: 'muted small', 'data-test': 'issue-hint' });

  let previewSeq = 0;

  /** Loads the preview; of overlapping loads (a terms change, a finished rating) only the latest is shown. */
  async function loadPreview() {
    const seq = ++previewSeq;
    previewTable.setAttribute('data-loaded', 'false');
    try {
      const doc = await api('GET', `${base}/invoice-preview/${seg(period)}`);
      if (signal.aborted || seq !== previewSeq) return;
      hideProblem(previewError);
      preview = doc;
      showPreview(doc);
      previewTable.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted || seq !== previewSeq) return;
      preview = null;
      replace(previewLines);
      replace(previewTotals);
      replace(previewFacts);
      showProblem(previewError, err);
      previewTable.setAttribute('data-loaded', 'error');
    }
    updateIssueButtons();
  }

  function showPreview(doc) {
    const currency = doc.currency;
    previewTable.setAttribute('data-currency', currency ?? '');
    replace(previewFacts,
      h('dt', {}, 'Bill to'),
      h('dd', { 'data-test': 'preview-customer' }, doc.customer?.name ?? '',
        (doc.customer?.address || []).map((line) => [h('br'), h('span', { class: 'muted small' }, line)])),
      h('dt', {}, 'Issue date'), h('dd', { 'data-test': 'preview-issue-date', 'data-value': doc.issueDate ?? '' }, doc.issueDate ? formatDate(doc.issueDate) : ''),
      h('dt', {}, 'Due date'), h('dd', { 'data-test': 'preview-due-date', 'data-value': doc.dueDate ?? '' }, doc.dueDate ? formatDate(doc.dueDate) : ''),
      h('dt', {}, 'Currency'), h('dd', { 'data-test': 'preview-currency' }, currency ?? ''));

    replace(previewLines, doc.lines.length ? doc.lines.map((line, index) => h('tr', {
      class: 'clickable', 'data-test': 'preview-line', 'data-type': line.chargeType, 'data-index': index,
      'data-amount': plainDecimal(line.amount), title: `Show the ${line.records} charges behind this line`,
      onclick: () => openCharges(line.chargeType, line.description),
    },
    h('td', { 'data-test': 'preview-line-description' },
      h('button', { type: 'button', class: 'link-button', 'data-test': 'preview-line-open' }, line.description)),
    h('td', { class: 'num', 'data-test': 'preview-line-quantity', 'data-value': plainDecimal(line.quantity) },
      quantityText(line.quantity, line.unit)),
    h('td', { class: 'num', 'data-test': 'preview-line-records' }, Number(line.records).toLocaleString()),
    h('td', { class: 'num', 'data-test': 'preview-line-amount', 'data-value': plainDecimal(line.amount) }, formatAmount(line.amount, currency))))
      : h('tr', { 'data-test': 'preview-empty' }, h('td', { colspan: 4, class: 'muted' },
        `Nothing to invoice for ${formatMonth(period)}: no charges and no open corrections.`)));

    replace(previewTotals,
      h('tr', { class: 'subtotal' },
        h('th', { colspan: 3, scope: 'row' }, 'Subtotal'),
        h('td', { class: 'num', id: 'preview-subtotal', 'data-test': 'preview-subtotal', 'data-value': plainDecimal(doc.subtotal) },
          formatAmount(doc.subtotal, currency))),
      (doc.taxes || []).map((tax) => h('tr', {
        class: 'tax', 'data-test': 'preview-tax', 'data-name': tax.name, 'data-rate': plainDecimal(tax.rate),
      },
      h('th', { colspan: 3, scope: 'row' }, `${tax.name} ${formatRate(tax.rate)} of ${formatAmount(tax.base, currency)}`),
      h('td', { class: 'num', 'data-test': 'preview-tax-amount', 'data-value': plainDecimal(tax.amount) }, formatAmount(tax.amount, currency)))),
      h('tr', { class: 'total' },
        h('th', { colspan: 3, scope: 'row' }, `Total ${currency ?? ''}`),
        h('td', { class: 'num', id: 'preview-total', 'data-test': 'preview-total', 'data-value': plainDecimal(doc.total) },
          formatMoney(doc.total, currency))));
  }

  /** The issued invoice of the month on screen, if any (from the documents list). */
  const invoiceOfPeriod = () => documents.find((d) => d.kind === 'INVOICE' && d.period === period && d.state !== 'ISSUING');

  function updateIssueButtons() {
    const invoiced = invoiceOfPeriod();
    if (invoiced) {
      replace(invoicedNotice, `${formatMonth(period)} is invoiced as `, h('strong', { 'data-test': 'preview-invoiced-number' }, invoiced.number),
        '. The preview shows what an invoice would hold now; corrections found by re-rating go on a credit note or the next invoice.');
      invoicedNotice.setAttribute('data-number', invoiced.number);
    }
    invoicedNotice.hidden = !invoiced;
    if (!agencyAdmin) return;
    issueInvoiceButton.disabled = !!invoiced;
    issueCreditButton.disabled = !invoiced;
    replace(issueHint, invoiced
      ? 'A credit note settles the open corrections of this invoiced month.'
      : 'Issuing rates the month again, takes the next invoice number and closes the month.');
  }

  // Issuing is confirmed in a dialog: it takes a number that can never be taken back.
  const issueError = problemBox('issue-error');
  const issueTitle = h('h2', { id: 'issue-title', 'data-test': 'issue-title' });
  const issueExplanation = h('div', { id: 'issue-explanation', class: 'offboard-explanation', 'data-test': 'issue-explanation' });
  const issueConfirm = h('button', { type: 'submit', id: 'issue-confirm', 'data-test': 'issue-confirm' }, 'Issue');
  const issueForm = h('form', { id: 'issue-form', method: 'dialog', novalidate: true, 'data-test': 'issue-form' },
    issueTitle, issueExplanation, issueError,
    h('div', { class: 'button-row' },
      issueConfirm,
      h('button', { type: 'button', id: 'issue-cancel', class: 'secondary', 'data-test': 'issue-cancel', onclick: () => issueDialog.close() }, 'Cancel')));
  const issueDialog = h('dialog', { id: 'issue-dialog', class: 'wide', 'data-test': 'issue-dialog' }, issueForm);
  let issuing = null; // 'INVOICE' or 'CREDIT_NOTE'

  function openIssue(kind) {
    issuing = kind;
    issueDialog.setAttribute('data-kind', kind);
    hideProblem(issueError, issueForm);
    previewMessage.hidden = true;
    const month = formatMonth(period);
    if (kind === 'INVOICE') {
      replace(issueTitle, `Issue the invoice of ${tenant} for ${month}`);
      replace(issueExplanation,
        h('p', {}, 'The month is rated again, the invoice takes the next number of the series and ', h('strong', {}, 'the month is closed'),
          ': later changes to its records no longer change its charges but become corrections on a credit note or the next invoice.'),
        preview ? h('p', {}, 'Total in the preview now: ', h('strong', { 'data-test': 'issue-preview-total' }, formatMoney(preview.total, preview.currency)),
          ` (${preview.lines.length} ${preview.lines.length === 1 ? 'line' : 'lines'}).`) : null,
        h('p', {}, 'A number once issued cannot be taken back.'));
      replace(issueConfirm, 'Issue invoice');
    } else {
      const invoiced = invoiceOfPeriod();
      replace(issueTitle, `Issue a credit note for ${month} of ${tenant}`);
      replace(issueExplanation,
        h('p', {}, 'The month is rated again; the corrections found since ', invoiced ? h('strong', {}, invoiced.number) : 'its invoice',
          ' are credited in a numbered credit note. Only a net credit can be issued; a net charge goes on the next invoice.'),
        h('p', {}, 'A number once issued cannot be taken back.'));
      replace(issueConfirm, 'Issue credit note');
    }
    issueDialog.showModal();
  }

  issueForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(issueError, issueForm);
    const kind = issuing;
    const path = kind === 'INVOICE' ? `${base}/invoices/${seg(period)}` : `${base}/credit-notes/${seg(period)}`;
    try {
      const doc = await busy(issueForm, () => api('POST', path));
      if (signal.aborted) return;
      issueDialog.close();
      showMessage(previewMessage, `${KIND_LABELS[doc.kind] || doc.kind} ${doc.number} issued: total ${formatMoney(doc.total, doc.currency)}`
        + (doc.dueDate ? `, due ${formatDate(doc.dueDate)}.` : '.'));
      previewMessage.setAttribute('data-number', doc.number);
      await loadDocuments();
      loadSummary();
      loadPreview();
    } catch (err) {
      if (!signal.aborted) showProblem(issueError, err, issueForm);
    }
  });

  // ---- drill-down: the charges behind a preview line ----------------------------------------------
  const chargesCard = h('section', { id: 'charges-card', class: 'card', 'data-test': 'charges-card', hidden: true });
  const chargesTitle = h('h2', { id: 'charges-title', 'data-test': 'charges-title' });
  const chargesError = problemBox('charges-error');
  const chargesBody = h('tbody', { id: 'charges-body', 'data-test': 'charges-body' });
  const chargesTable = h('table', { id: 'charges-table', class: 'money-table charges-table', 'data-test': 'charges-table' },
    h('thead', {}, h('tr', {}, ['Record', 'Quantity', 'Price', 'Fees', 'Minimum', 'Amount', 'Plan', 'Rule'].map((t, i) => h('th', {
      class: i >= 1 && i <= 5 ? 'num' : null,
    }, t)))),
    chargesBody);
  const chargesPager = h('div', { class: 'pager-slot' });
  let chargesType = null;
  let chargesSeq = 0;

  function openCharges(type, description) {
    chargesType = type;
    replace(chargesTitle, `${description}: the charges of ${formatMonth(period)}`);
    chargesCard.hidden = false;
    chargesCard.setAttribute('data-type', type);
    loadCharges(0).then(() => {
      if (!signal.aborted) chargesCard.scrollIntoView({ block: 'nearest' });
    });
  }

  async function loadCharges(page) {
    const seq = ++chargesSeq;
    const type = chargesType;
    chargesTable.setAttribute('data-loaded', 'false');
    chargesTable.setAttribute('aria-busy', 'true');
    try {
      const result = await api('GET', `${base}/charges/${seg(period)}${query({ type, page, size: CHARGES_PAGE_SIZE })}`);
      if (signal.aborted || seq !== chargesSeq) return;
      hideProblem(chargesError);
      replace(chargesBody, result.items.length ? result.items.map(chargeRow)
        : h('tr', { 'data-test': 'charges-empty' }, h('td', { colspan: 8, class: 'muted' },
          `No ${type} charges in ${formatMonth(period)}: the line sums corrections of earlier months.`)));
      replace(chargesPager, pager('charges', result, (p) => loadCharges(p)));
      chargesTable.setAttribute('data-type', type);
      chargesTable.setAttribute('data-page', String(result.page));
      chargesTable.setAttribute('data-total', String(result.total));
      chargesTable.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted || seq !== chargesSeq) return;
      replace(chargesBody);
      replace(chargesPager);
      showProblem(chargesError, err);
      chargesTable.setAttribute('data-loaded', 'error');
    } finally {
      if (seq === chargesSeq) chargesTable.removeAttribute('aria-busy');
    }
  }

  function chargeRow(c) {
    const unit = UNIT_LABELS[c.unit] || c.unit;
    return h('tr', {
      'data-test': 'charge-row', 'data-source-type': c.sourceType, 'data-source-id': c.sourceId, 'data-amount': plainDecimal(c.amount),
    },
    h('td', { class: 'nowrap', 'data-test': 'charge-source' }, h('code', {}, `${c.sourceType} ${c.sourceId}`)),
    h('td', { class: 'num nowrap', 'data-test': 'charge-quantity' }, `${plainDecimal(c.quantity)} ${unit}`),
    h('td', { class: 'num nowrap', 'data-test': 'charge-price', 'data-value': plainDecimal(c.unitPrice) },
      `${formatAmount(c.unitPrice, c.currency)} per ${pricedPer(c.pricedPer, c.unit)}`),
    h('td', { class: 'num', 'data-test': 'charge-fees', 'data-value': plainDecimal(c.fees) }, formatAmount(c.fees, c.currency)),
    h('td', { class: 'num', 'data-test': 'charge-minimum', 'data-value': plainDecimal(c.minimum) }, formatAmount(c.minimum, c.currency)),
    h('td', { class: 'num nowrap', 'data-test': 'charge-amount', 'data-value': plainDecimal(c.amount) }, formatMoney(c.amount, c.currency)),
    h('td', { class: 'small nowrap', 'data-test': 'charge-plan' }, `${c.planId} v${c.planVersion}`),
    h('td', { class: 'small wrap charge-rule', 'data-test': 'charge-rule' }, c.rule));
  }

  chargesCard.append(
    h('div', { class: 'page-head' }, chargesTitle,
      h('button', {
        type: 'button', id: 'charges-close', class: 'secondary', 'data-test': 'charges-close',
        onclick: () => { chargesCard.hidden = true; chargesType = null; },
      }, 'Close')),
    chargesError,
    h('div', { class: 'table-wrap' }, chargesTable),
    chargesPager);

  // ---- documents ----------------------------------------------------------------------------------
  const documentsError = problemBox('documents-error');
  const documentsMessage = h('p', { id: 'documents-message', class: 'message', role: 'status', 'data-test': 'documents-message', hidden: true });
  const documentsBody = h('tbody', { id: 'documents-body', 'data-test': 'documents-body' });
  const documentsTable = h('table', { id: 'documents-table', class: 'money-table', 'data-test': 'documents-table' },
    h('thead', {}, h('tr', {}, ['Number', 'Kind', 'Period', 'Total', 'State', 'Issued', 'Download'].map((t) => h('th', {
      class: t === 'Total' ? 'num' : null,
    }, t)))),
    documentsBody);

  const DOWNLOADS = {
    pdf: (number) => [`/documents/${seg(number)}/pdf`, `${number}.pdf`],
    csv: (number) => [`/documents/${seg(number)}/detail${query({ format: 'csv' })}`, `${number}-detail.csv`],
    xlsx: (number) => [`/documents/${seg(number)}/detail${query({ format: 'xlsx' })}`, `${number}-detail.xlsx`],
  };

  async function save(button, number, format) {
    const [path, filename] = DOWNLOADS[format](number);
    hideProblem(documentsError);
    documentsMessage.hidden = true;
    button.disabled = true;
    try {
      const blob = await download(base + path, filename);
      if (signal.aborted) return;
      showMessage(documentsMessage, `${filename} downloaded: ${formatBytes(blob.size)}.`);
      documentsMessage.setAttribute('data-file', filename);
      documentsMessage.setAttribute('data-type', blob.type || '');
      documentsMessage.setAttribute('data-bytes', String(blob.size));
    } catch (err) {
      if (!signal.aborted) showProblem(documentsError, err);
    } finally {
      button.disabled = false;
    }
  }

  function documentRow(d) {
    const button = (format, label) => h('button', {
      type: 'button', class: 'secondary', 'data-test': `doc-${format}`, title: `Download ${label} of ${d.number}`,
      disabled: d.state === 'ISSUING', onclick: (event) => save(event.currentTarget, d.number, format),
    }, label);
    return h('tr', {
      class: d.period === period ? 'current-period' : null,
      'data-test': 'document-row', 'data-number': d.number, 'data-kind': d.kind, 'data-period': d.period, 'data-state': d.state,
    },
    h('td', { class: 'nowrap', 'data-test': 'document-number' }, h('strong', {}, d.number)),
    h('td', { 'data-test': 'document-kind' }, KIND_LABELS[d.kind] || d.kind,
      d.refersTo ? h('span', { class: 'muted small' }, ` for ${d.refersTo}`) : null),
    h('td', { class: 'nowrap', 'data-test': 'document-period' },
      d.period === period ? formatMonth(d.period)
        : h('a', { href: hashFor(tenant, d.period), 'data-test': 'document-period-link' }, formatMonth(d.period))),
    h('td', { class: 'num nowrap', 'data-test': 'document-total', 'data-value': plainDecimal(d.total) }, formatMoney(d.total, d.currency)),
    h('td', {}, h('span', { class: `status status-${d.state}`, 'data-test': 'document-state' }, d.state)),
    h('td', { class: 'small nowrap' }, timeEl(d.issuedAt, 'document-issued'), d.issuedBy ? h('span', { class: 'muted' }, ` by ${d.issuedBy}`) : null),
    h('td', { class: 'actions' }, button('pdf', 'PDF'), button('csv', 'CSV'), button('xlsx', 'Excel')));
  }

  function showDocuments() {
    replace(documentsBody, documents.length ? documents.map(documentRow)
      : h('tr', { 'data-test': 'documents-empty' }, h('td', { colspan: 7, class: 'muted' }, `No invoices or credit notes for ${tenant} yet.`)));
    documentsTable.setAttribute('data-count', String(documents.length));
    documentsTable.setAttribute('data-loaded', 'true');
    updateIssueButtons();
  }

  async function loadDocuments() {
    try {
      const list = await api('GET', `${base}/invoices`);
      if (signal.aborted) return;
      documents = list;
      hideProblem(documentsError);
      showDocuments();
    } catch (err) {
      if (!signal.aborted) showProblem(documentsError, err);
    }
  }

  // ---- rate plan and terms (agency admins) --------------------------------------------------------
  const planError = problemBox('plan-error');
  const planMessage = h('p', { id: 'plan-message', class: 'message', role: 'status', 'data-test': 'plan-message', hidden: true });
  const planSelect = h('select', { id: 'plan-select', name: 'planId', 'data-test': 'plan-select' },
    h('option', { value: '' }, 'Loading plans…'));
  const planForm = h('form', { id: 'plan-form', class: 'subform', novalidate: true, 'data-test': 'plan-form' },
    h('h3', {}, 'Rate plan'),
    h('p', { class: 'muted small' }, 'The plan prices the tenant\'s records. After assigning another one, rate the month again.'),
    field('Assign plan', planSelect),
    planError, planMessage,
    h('button', { type: 'submit', id: 'plan-assign', 'data-test': 'plan-assign' }, 'Assign plan'));

  planForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(planError, planForm);
    planMessage.hidden = true;
    const planId = planSelect.value;
    if (!planId) {
      showProblem(planError, { title: 'Invalid input', detail: 'Choose the rate plan to assign.', field: 'planId' }, planForm);
      return;
    }
    try {
      await busy(planForm, () => api('PUT', `${base}/rate-plan`, { planId }));
      if (signal.aborted) return;
      showMessage(planMessage, `Plan ${planId} assigned to ${tenant}. Rate ${formatMonth(period)} to price it with this plan.`);
      loadPreview();
    } catch (err) {
      if (!signal.aborted) showProblem(planError, err, planForm);
    }
  });

  async function loadPlans() {
    try {
      const plans = await api('GET', '/rate-plans');
      if (signal.aborted) return;
      replace(planSelect, h('option', { value: '' }, plans.length ? 'Choose a plan…' : 'No rate plans yet'),
        plans.map((p) => h('option', { value: p.id },
          `${p.id} (${p.currency}, ${p.versions.length} ${p.versions.length === 1 ? 'version' : 'versions'}${p.agencyOnly ? ', agency work only' : ''})`)));
    } catch (err) {
      if (signal.aborted) return;
      replace(planSelect, h('option', { value: '' }, 'Plans could not be loaded'));
      showProblem(planError, err);
    }
  }

  const termsError = problemBox('terms-error');
  const termsMessage = h('p', { id: 'terms-message', class: 'message', role: 'status', 'data-test': 'terms-message', hidden: true });
  const taxRateInput = h('input', {
    id: 'terms-tax-rate', name: 'taxRate', 'data-test': 'terms-tax-rate', inputmode: 'decimal', autocomplete: 'off', placeholder: '0.06',
    oninput: () => showRateHint(),
  });
  const taxRateHint = h('span', { id: 'terms-tax-rate-hint', 'data-test': 'terms-tax-rate-hint' });
  const costSelect = h('select', { id: 'terms-cost-table', name: 'costTableId', 'data-test': 'terms-cost-table' },
    h('option', { value: '' }, 'None (carrier costs not tracked)'));
  const termsForm = h('form', { id: 'terms-form', class: 'subform', novalidate: true, 'data-test': 'terms-form' },
    h('h3', {}, 'Invoicing terms'),
    h('div', { class: 'grid-2' },
      field('Bill to (name)', h('input', { id: 'terms-bill-to-name', name: 'billToName', 'data-test': 'terms-bill-to-name', autocomplete: 'off', maxlength: 200 })),
      field('Payment days', h('input', {
        id: 'terms-payment-days', name: 'paymentDays', type: 'number', min: 0, max: 365, step: 1, 'data-test': 'terms-payment-days',
      }), 'Days from issue to due date.')),
    field('Address', h('textarea', { id: 'terms-bill-to-address', name: 'billToAddress', rows: 3, 'data-test': 'terms-bill-to-address' }),
      'One line per address line, as printed on the invoice.'),
    h('div', { class: 'grid-2' },
      field('Tax name', h('input', { id: 'terms-tax-name', name: 'taxName', 'data-test': 'terms-tax-name', autocomplete: 'off', placeholder: 'VAT' }),
        'Empty for no tax line.'),
      h('label', { class: 'field' },
        h('span', { class: 'field-label' }, 'Tax rate'),
        taxRateInput,
        h('span', { class: 'field-hint' }, 'A fraction: 0.06 for 6 %. ', taxRateHint))),
    field('Carrier cost table', costSelect, 'Prices the tenant\'s calls at the agency\'s cost, for the margin in the invoice register.'),
    termsError, termsMessage,
    h('button', { type: 'submit', id: 'terms-save', 'data-test': 'terms-save' }, 'Save terms'));

  function showRateHint() {
    const value = taxRateInput.value.trim();
    replace(taxRateHint, /^\d+(\.\d+)?$/.test(value) ? `= ${formatRate(value)}` : '');
  }

  function fillTerms(terms) {
    const control = (name) => termsForm.elements.namedItem(name);
    control('billToName').value = terms.billToName ?? '';
    control('billToAddress').value = terms.billToAddress ?? '';
    control('taxName').value = terms.taxName ?? '';
    taxRateInput.value = plainDecimal(terms.taxRate ?? '0');
    control('paymentDays').value = String(terms.paymentDays ?? 30);
    if (terms.costTableId && ![...costSelect.options].some((o) => o.value === terms.costTableId)) {
      costSelect.append(h('option', { value: terms.costTableId }, terms.costTableId));
    }
    costSelect.value = terms.costTableId ?? '';
    showRateHint();
  }

  termsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(termsError, termsForm);
    termsMessage.hidden = true;
    const values = formValues(termsForm);
    const invalid = (name, detail) => showProblem(termsError, { title: 'Invalid input', detail, field: name }, termsForm);
    if (!values.billToName) {
      invalid('billToName', 'Give the name invoices are addressed to.');
      return;
    }
    if (values.taxRate && !/^\d+(\.\d+)?$/.test(values.taxRate)) {
      invalid('taxRate', 'The tax rate is a fraction such as 0.06 for 6 %.');
      return;
    }
    if (!/^\d+$/.test(values.paymentDays)) {
      invalid('paymentDays', 'Payment days are a whole number of days from 0 to 365.');
      return;
    }
    const terms = {
      billToName: values.billToName,
      billToAddress: termsForm.elements.namedItem('billToAddress').value.replace(/\s+$/, ''),
      taxName: values.taxName || null,
      taxRate: values.taxRate || '0',
      paymentDays: Number.parseInt(values.paymentDays, 10),
      costTableId: values.costTableId || null,
    };
    try {
      const saved = await busy(termsForm, () => api('PUT', `${base}/terms`, terms));
      if (signal.aborted) return;
      fillTerms(saved);
      showMessage(termsMessage, 'Terms saved. They apply to the preview now and to invoices issued from now on.');
      loadPreview();
    } catch (err) {
      if (!signal.aborted) showProblem(termsError, err, termsForm);
    }
  });

  async function loadTerms() {
    termsForm.setAttribute('data-loaded', 'false');
    try {
      const [terms, tables] = await Promise.all([api('GET', `${base}/terms`), api('GET', '/cost-tables')]);
      if (signal.aborted) return;
      replace(costSelect, h('option', { value: '' }, 'None (carrier costs not tracked)'),
        tables.map((t) => h('option', { value: t.id }, `${t.id} (${t.currency})`)));
      fillTerms(terms);
      termsForm.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted) return;
      showProblem(termsError, err);
      termsForm.setAttribute('data-loaded', 'error');
    }
  }

  // ---- page ---------------------------------------------------------------------------------------
  replace(main, h('section', {
    id: 'billing-page', class: 'page', 'data-test': 'billing-page', 'data-tenant': tenant, 'data-period': period,
    'data-mode': agencyAdmin ? 'agency' : 'reader',
  },
  h('div', { class: 'page-head' },
    h('h1', { id: 'billing-title', 'data-test': 'billing-title' }, `${agencyAdmin ? 'Billing' : 'Invoices'} of ${tenant}`),
    h('div', { class: 'head-tools' },
      // not a <label>: it would pass clicks on its text to the first button
      h('div', { class: 'field' }, h('span', { class: 'field-label', id: 'billing-period-label' }, 'Month'), monthTools),
      picker ? field('Tenant', picker) : null,
      agencyAdmin ? h('a', { class: 'button-link', id: 'billing-register-link', 'data-test': 'billing-register-link', href: '#/invoices' },
        'Invoice register') : null)),
  pageError,
  content));

  content.append(
    h('div', { class: agencyAdmin ? 'billing-top' : 'billing-top single' },
      agencyAdmin ? h('section', { id: 'rating-card', class: 'card', 'data-test': 'rating-card' },
        h('h2', {}, 'Rating'),
        h('p', { class: 'muted small' }, `Prices every call and usage record of ${formatMonth(period)} with ${tenant}'s rate plan. `
          + 'Rating again writes only what changed.'),
        h('div', { class: 'button-row' }, rateButton),
        ratingError, jobBox, reportBox) : null,
      h('section', { id: 'summary-card', class: 'card', 'data-test': 'summary-card' },
        h('h2', {}, `Charges of ${formatMonth(period)}`),
        summaryError,
        h('div', { class: 'table-wrap' }, summaryTable))),
    h('section', { id: 'preview-card', class: 'card', 'data-test': 'preview-card' },
      h('div', { class: 'page-head' },
        h('h2', {}, `Invoice preview for ${formatMonth(period)}`),
        h('span', { class: 'badge' }, 'DRAFT')),
      invoicedNotice,
      previewMessage,
      previewError,
      previewFacts,
      h('p', { class: 'muted small' }, 'Choose a line to see the charges behind it.'),
      h('div', { class: 'table-wrap' }, previewTable),
      agencyAdmin ? [h('div', { class: 'button-row issue-row' }, issueInvoiceButton, issueCreditButton), issueHint, issueDialog] : null),
    chargesCard,
    h('section', { id: 'documents-card', class: 'card', 'data-test': 'documents-card' },
      h('h2', {}, 'Invoices and credit notes'),
      documentsError,
      documentsMessage,
      h('div', { class: 'table-wrap' }, documentsTable)),
    agencyAdmin ? h('section', { id: 'terms-card', class: 'card', 'data-test': 'terms-card' },
      h('h2', {}, `Billing settings of ${tenant}`),
      h('div', { class: 'terms-layout' }, planForm, termsForm)) : null);

  (async () => {
    // The documents list decides whether the page may be shown at all: a refusal is the whole answer.
    try {
      documents = await api('GET', `${base}/invoices`);
    } catch (err) {
      if (signal.aborted) return;
      showProblem(pageError, err);
      if (err.status === 403) {
        pageError.append(h('p', { 'data-test': 'refusal' }, `You may not view the invoices of ${tenant}.`));
      }
      return;
    }
    if (signal.aborted) return;
    content.hidden = false;
    showDocuments();
    loadSummary();
    loadPreview();
    if (agencyAdmin) {
      loadPlans();
      loadTerms();
    }
  })();
}

/** "1 calls" reads "1 call": the server's plural unit names, singular for exactly one. */
function quantityText(quantity, unit) {
  const text = plainDecimal(quantity);
  const singular = text === '1' && /^[a-z]+s$/.test(unit ?? '') ? unit.slice(0, -1) : unit;
  return `${text} ${singular ?? ''}`.trim();
}

/** What a unit price is the price of: talk seconds per minute, seat seconds per agent-hour, else per unit. */
function pricedPer(per, unit) {
  const n = Number(per);
  if (unit === 'SECOND' && n === 60) return 'min';
  if (unit === 'SECOND' && n === 3600) return 'agent-hour';
  const label = UNIT_LABELS[unit] || unit;
  return n === 1 ? label.replace(/s$/, '') : `${per} ${label}`;
}

/** The number written for {key} in a JSON text, exactly as written ("32.30", not 32.3); null if absent. */
function rawNumber(text, key) {
  const m = new RegExp(`"${key}"\\s*:\\s*"?(-?[0-9][0-9.eE+-]*)"?`).exec(text || '');
  return m ? m[1] : null;
}
