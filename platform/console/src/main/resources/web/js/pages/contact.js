// The agent's contact card (#/contact/{tenant}/{id}): the contact, where it stands in its campaign's workflow
// (stage, intent class, lead grade, next attempt), its history and callbacks, the campaign's disposition keys
// as buttons (the keyboard keys work too while no field has the focus), and the forms to book a callback,
// place an order, record a complaint and request material (phone–mail–phone). The server decides who may
// open a card; its refusal is shown on the page. Also the contacts list (#/contacts/{tenant}).

import { api, query, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, formValues, pager, timeEl,
} from '../dom.js';

const LABELS = {
  SCREENING: 'Screening', FOLLOW_UP: 'Follow-up', RESOLVING: 'Resolving questions', CLOSING: 'Closing', WON: 'Won', DROPPED: 'Dropped',
  BUY_NOW: 'Buy now', INTERESTED: 'Interested', CONSIDERING: 'Considering', NOT_NOW: 'Not now', NEVER: 'Never',
};
const STOP_REASONS = {
  NEVER: 'the contact never wants to be called', MAX_ATTEMPTS: 'too many unanswered attempts', WRONG_NUMBER: 'wrong number',
  WON: 'an order was placed', CAMPAIGN_ENDED: 'no dialing time is left before the campaign ends',
};
const label = (value) => (value ? LABELS[value] || value : '—');

/** A datetime-local value ("2026-03-01T14:30") as an ISO instant in the viewer's zone. */
export function localToInstant(value) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** A datetime-local value for a Date (minutes precision, viewer's zone). */
export function instantToLocal(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function renderContact(main, ctx, tenant, contactId) {
  const { signal } = ctx;
  const base = `/tenants/${seg(tenant)}`;
  const id = Number(contactId);
  const pageError = problemBox('contact-error');
  const factsBox = h('dl', { id: 'contact-facts', class: 'facts', 'data-test': 'contact-facts' });
  const stateBox = h('dl', { id: 'contact-state', class: 'facts', 'data-test': 'contact-state' });
  const keysError = problemBox('disposition-error');
  const keysMessage = h('p', { id: 'disposition-message', class: 'message', role: 'status', 'data-test': 'disposition-message', hidden: true });
  const keysBox = h('div', { id: 'disposition-keys', class: 'disposition-keys', 'data-test': 'disposition-keys' });
  const callRef = h('input', { id: 'outcome-call-ref', name: 'callRef', 'data-test': 'outcome-call-ref', placeholder: 'CDR id (optional)' });
  const outcomeNote = h('input', { id: 'outcome-note', name: 'note', 'data-test': 'outcome-note' });
  const historyBody = h('tbody', { id: 'history-body', 'data-test': 'history-body' });
  const historyTable = h('table', { id: 'history-table', 'data-test': 'history-table' },
    h('thead', {}, h('tr', {}, ['When', 'Who', 'Key', 'Result', 'Class', 'Stage', 'Grade', 'Next attempt', 'Note'].map((t) => h('th', {}, t)))),
    historyBody);
  const callbacksBody = h('tbody', { id: 'contact-callbacks', 'data-test': 'contact-callbacks' });
  const page = h('section', { id: 'contact-page', class: 'page', 'data-test': 'contact-page', 'data-tenant': tenant, 'data-contact': contactId });
  let card = null;
  let campaign = null;
  let recording = false;

  async function load() {
    page.setAttribute('data-loaded', 'false');
    try {
      card = await api('GET', `${base}/workflow/contacts/${seg(id)}/card`);
      if (signal.aborted) return;
      hideProblem(pageError);
      if (card.state?.campaignKey && campaign?.key !== card.state.campaignKey) {
        try {
          campaign = await api('GET', `${base}/campaigns/${seg(card.state.campaignKey)}`);
        } catch (err) {
          campaign = null;
          if (!signal.aborted) showProblem(keysError, err);
        }
        if (signal.aborted) return;
      }
      show();
      page.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted) return;
      showProblem(pageError, err);
      content.hidden = true;
      page.setAttribute('data-loaded', 'error');
    }
  }

  function show() {
    const c = card.contact;
    const s = card.state || {};
    content.hidden = false;
    replace(title, `${c.name}`);
    replace(factsBox,
      h('dt', {}, 'Phone'), h('dd', { 'data-test': 'contact-phone' }, c.phone ?? ''),
      h('dt', {}, 'Agent'), h('dd', { 'data-test': 'contact-agent' }, c.agentUsername ?? '—'),
      h('dt', {}, 'Team'), h('dd', { 'data-test': 'contact-team' }, c.teamId ?? '—'),
      h('dt', {}, 'Campaign'), h('dd', { 'data-test': 'contact-campaign' }, s.campaignKey
        ? [h('code', {}, s.campaignKey), campaign ? ` ${campaign.name} (${campaign.state})` : ''] : '—'),
      campaign?.offer ? [h('dt', {}, 'Offer'), h('dd', { 'data-test': 'contact-offer' }, campaign.offer.product,
        campaign.offer.pricePoints?.length ? ` · ${campaign.offer.pricePoints.join(' / ')} ${campaign.offer.currency ?? ''}` : '',
        campaign.offer.customerGets ? h('div', { class: 'small muted' }, campaign.offer.customerGets) : null)] : null,
      campaign?.scriptKey ? [h('dt', {}, 'Script'), h('dd', {}, h('a', { href: `#/scripts/${seg(tenant)}?script=${seg(campaign.scriptKey)}`, 'data-test': 'contact-script' }, campaign.scriptKey))] : null);
    replace(stateBox,
      h('dt', {}, 'Stage'), h('dd', { id: 'contact-stage', 'data-test': 'contact-stage', 'data-value': s.stage ?? '' }, label(s.stage)),
      h('dt', {}, 'Intent class'), h('dd', { id: 'contact-class', 'data-test': 'contact-class', 'data-value': s.intentClass ?? '' }, label(s.intentClass)),
      h('dt', {}, 'Lead grade'), h('dd', { 'data-test': 'contact-grade', 'data-value': s.leadGrade ?? '' }, gradeControl(s.leadGrade)),
      h('dt', {}, 'Attempts'), h('dd', { 'data-test': 'contact-attempts' }, `${s.attempts ?? 0} (${s.unansweredAttempts ?? 0} unanswered in a row)`),
      h('dt', {}, 'Last call'), h('dd', {}, s.lastCalledAt ? [timeEl(s.lastCalledAt, 'contact-last-called'), ` · key ${s.lastDisposition ?? ''} ${s.lastResult ?? ''}`] : '—'),
      h('dt', {}, 'Next attempt'), h('dd', { id: 'contact-next', 'data-test': 'contact-next', 'data-value': s.nextAttemptAt ?? '' },
        s.nextAttemptAt ? timeEl(s.nextAttemptAt, 'contact-next-time')
          : h('span', { class: 'muted', 'data-test': 'contact-stopped', 'data-reason': s.stopReason ?? '' },
            s.stopReason ? `Not to be called: ${STOP_REASONS[s.stopReason] || s.stopReason}` : 'Not scheduled')));
    const dispositions = campaign?.dispositions || [];
    replace(keysBox, dispositions.length
      ? dispositions.map((d) => h('button', {
        type: 'button', class: `disposition disposition-${d.result}`, 'data-test': 'disposition', 'data-key': d.key,
        title: `${d.result}${d.intentClass ? ` → ${d.intentClass}` : ''}${d.stage ? ` → ${d.stage}` : ''}`,
        disabled: campaign.state === 'CLOSED', onclick: () => record(d),
      }, h('kbd', {}, d.key), ' ', d.label))
      : h('p', { class: 'muted' }, s.campaignKey ? 'The campaign has no disposition keys you can read.' : 'The contact is in no campaign.'));
    replace(historyBody, card.history.length
      ? [...card.history].reverse().map((e) => h('tr', { 'data-test': 'history-row', 'data-kind': e.kind, 'data-key': e.dispositionKey ?? '' },
        h('td', { class: 'nowrap' }, timeEl(e.at, 'history-at')),
        h('td', {}, e.actor),
        h('td', { 'data-test': 'history-key' }, e.dispositionKey ? h('kbd', {}, e.dispositionKey) : e.kind),
        h('td', {}, e.result ?? ''),
        h('td', { 'data-test': 'history-class' }, change(e.fromClass, e.toClass)),
        h('td', { 'data-test': 'history-stage' }, change(e.fromStage, e.toStage)),
        h('td', {}, change(e.fromGrade, e.toGrade)),
        h('td', { class: 'nowrap', 'data-test': 'history-next' }, timeEl(e.nextAttemptAt, 'history-next-time')),
        h('td', { class: 'wrap' }, e.callRef ? h('code', { class: 'small' }, e.callRef) : null, e.callRef && e.note ? ' ' : null, e.note ?? '')))
      : h('tr', { 'data-test': 'history-empty' }, h('td', { colspan: 9, class: 'muted' }, 'No calls recorded yet.')));
    replace(callbacksBody, card.callbacks.length
      ? card.callbacks.map((b) => h('tr', { 'data-test': 'contact-callback', 'data-id': b.id, 'data-state': b.state },
        h('td', {}, timeEl(b.dueAt, 'callback-due')),
        h('td', {}, b.agentUsername),
        h('td', {}, h('span', { class: `status status-${b.state}` }, b.state), b.agentAway ? h('span', { class: 'small muted' }, ' agent away') : null),
        h('td', { class: 'wrap' }, b.note ?? '')))
      : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No callbacks.')));
    if (!orderCurrency.value && campaign?.offer?.currency) orderCurrency.value = campaign.offer.currency;
    if (!orderProduct.value && campaign?.offer?.product) orderProduct.value = campaign.offer.product;
  }

  const change = (from, to) => (from === to ? label(to) : `${label(from)} → ${label(to)}`);

  function gradeControl(grade) {
    const select = h('select', {
      id: 'contact-grade-select', 'data-test': 'contact-grade-select', 'aria-label': 'Lead grade', value: grade ?? '',
      onchange: async () => {
        if (!select.value) return;
        hideProblem(keysError);
        select.disabled = true;
        try {
          const state = await api('PUT', `${base}/workflow/contacts/${seg(id)}/grade`, { grade: select.value, note: null });
          if (signal.aborted) return;
          showMessage(keysMessage, `Lead grade set to ${state.leadGrade}.`);
          await load();
        } catch (err) {
          if (!signal.aborted) showProblem(keysError, err);
        } finally {
          select.disabled = false;
        }
      },
    }, h('option', { value: '' }, '—'), ['A', 'B', 'C', 'D', 'E'].map((g) => h('option', { value: g }, g)));
    return select;
  }

  async function record(disposition) {
    if (recording || !campaign || campaign.state === 'CLOSED') return;
    recording = true;
    hideProblem(keysError);
    keysMessage.hidden = true;
    keysBox.setAttribute('aria-busy', 'true');
    const pressed = keysBox.querySelector(`[data-key="${CSS.escape(disposition.key)}"]`);
    pressed?.classList.add('pressed');
    try {
      const state = await api('POST', `${base}/workflow/contacts/${seg(id)}/outcomes`, {
        dispositionKey: disposition.key, callRef: callRef.value.trim() || null, calledAt: null, note: outcomeNote.value.trim() || null,
      });
      if (signal.aborted) return;
      callRef.value = '';
      outcomeNote.value = '';
      showMessage(keysMessage, `${disposition.key} ${disposition.label} recorded: ${label(state.intentClass)}, ${label(state.stage)}`
        + (state.nextAttemptAt ? `, next attempt ${new Date(state.nextAttemptAt).toLocaleString()}.` : '; no further attempt.'));
      keysMessage.setAttribute('data-key', disposition.key);
      await load();
    } catch (err) {
      if (!signal.aborted) showProblem(keysError, err);
    } finally {
      recording = false;
      keysBox.removeAttribute('aria-busy');
      pressed?.classList.remove('pressed');
    }
  }

  // The disposition keys on the keyboard, while no field or dialog has the focus.
  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || content.hidden) return;
    const target = event.target;
    if (target instanceof Element && target.closest('input, textarea, select, [contenteditable], dialog')) return;
    const disposition = campaign?.dispositions?.find((d) => d.key === event.key);
    if (!disposition) return;
    event.preventDefault();
    record(disposition);
  }
  document.addEventListener('keydown', onKey);
  signal.addEventListener('abort', () => document.removeEventListener('keydown', onKey));

  // ---- callback ---------------------------------------------------------------------------------------
  const callbackError = problemBox('callback-error');
  const callbackMessage = h('p', { id: 'callback-message', class: 'message', role: 'status', 'data-test': 'callback-message', hidden: true });
  const callbackForm = h('form', { id: 'callback-form', class: 'subform', novalidate: true, 'data-test': 'callback-form' },
    h('h3', {}, 'Book a callback'),
    field('When', h('input', { type: 'datetime-local', id: 'callback-due', name: 'dueAt', 'data-test': 'callback-due' })),
    ctx.user.role !== 'AGENT'
      ? field('For agent', h('input', { id: 'callback-agent', name: 'agentUsername', 'data-test': 'callback-agent', placeholder: 'yourself' }))
      : null,
    field('Note', h('input', { id: 'callback-note', name: 'note', 'data-test': 'callback-note' })),
    callbackError, callbackMessage,
    h('button', { type: 'submit', id: 'callback-book', 'data-test': 'callback-book' }, 'Book callback'));
  callbackForm.addEventListener('submit', (event) => submitForm(event, callbackForm, callbackError, callbackMessage, (v) => api('POST',
    `${base}/workflow/contacts/${seg(id)}/callbacks`, { dueAt: localToInstant(v.dueAt), agentUsername: v.agentUsername || null, note: v.note || null }),
  (b) => `Callback booked for ${new Date(b.dueAt).toLocaleString()} (${b.agentUsername}).`));

  // ---- order ------------------------------------------------------------------------------------------
  const orderError = problemBox('order-error');
  const orderMessage = h('p', { id: 'order-message', class: 'message', role: 'status', 'data-test': 'order-message', hidden: true });
  const orderProduct = h('input', { id: 'order-product', name: 'product', 'data-test': 'order-product' });
  const orderCurrency = h('input', { id: 'order-currency', name: 'currency', class: 'upper', maxlength: 3, 'data-test': 'order-currency', placeholder: 'tenant\'s' });
  const orderForm = h('form', { id: 'order-form', class: 'subform', novalidate: true, 'data-test': 'order-form' },
    h('h3', {}, 'Place an order'),
    field('Product', orderProduct),
    h('div', { class: 'grid-3' },
      field('Quantity', h('input', { id: 'order-quantity', name: 'quantity', inputmode: 'decimal', value: '1', 'data-test': 'order-quantity' })),
      field('Unit price', h('input', { id: 'order-price', name: 'unitPrice', inputmode: 'decimal', 'data-test': 'order-price' })),
      field('Currency', orderCurrency)),
    field('Note', h('input', { id: 'order-note', name: 'note', 'data-test': 'order-note' })),
    orderError, orderMessage,
    h('button', { type: 'submit', id: 'order-place', 'data-test': 'order-place' }, 'Place order'));
  orderForm.addEventListener('submit', (event) => submitForm(event, orderForm, orderError, orderMessage, (v) => api('POST', `${base}/orders`, {
    contactId: id, campaignKey: card?.state?.campaignKey || null, currency: v.currency ? v.currency.toUpperCase() : null,
    items: [{ product: v.product, quantity: v.quantity || null, unitPrice: v.unitPrice || null }], note: v.note || null,
  }), (o) => `Order ${o.id} placed: ${o.total} ${o.currency} (${o.status}).`));

  // ---- complaint --------------------------------------------------------------------------------------
  const complaintError = problemBox('complaint-error');
  const complaintMessage = h('p', { id: 'complaint-message', class: 'message', role: 'status', 'data-test': 'complaint-message', hidden: true });
  const complaintForm = h('form', { id: 'complaint-form', class: 'subform', novalidate: true, 'data-test': 'complaint-form' },
    h('h3', {}, 'Record a complaint'),
    h('div', { class: 'grid-2' },
      field('Category', h('input', { id: 'complaint-category', name: 'category', 'data-test': 'complaint-category' })),
      field('Severity', h('select', { id: 'complaint-severity', name: 'severity', 'data-test': 'complaint-severity', value: 'MEDIUM' },
        ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].map((s) => h('option', { value: s }, s))))),
    field('Description', h('textarea', { id: 'complaint-description', name: 'description', rows: 3, 'data-test': 'complaint-description' })),
    complaintError, complaintMessage,
    h('button', { type: 'submit', id: 'complaint-record', 'data-test': 'complaint-record' }, 'Record complaint'));
  complaintForm.addEventListener('submit', (event) => submitForm(event, complaintForm, complaintError, complaintMessage, (v) => api('POST',
    `${base}/complaints`, { contactId: id, campaignKey: card?.state?.campaignKey || null, category: v.category, description: v.description, severity: v.severity }),
  (c) => `Complaint ${c.id} recorded (${c.status}), due ${new Date(c.dueAt).toLocaleString()}.`));

  // ---- material (phone–mail–phone) ----------------------------------------------------------------------
  const materialError = problemBox('material-error');
  const materialMessage = h('p', { id: 'material-message', class: 'message', role: 'status', 'data-test': 'material-message', hidden: true });
  const materialForm = h('form', { id: 'material-form', class: 'subform', novalidate: true, 'data-test': 'material-form' },
    h('h3', {}, 'Request material (phone–mail–phone)'),
    h('div', { class: 'grid-2' },
      field('Channel', h('select', { id: 'material-channel', name: 'channel', 'data-test': 'material-channel' },
        [['EMAIL', 'E-mail'], ['MAIL', 'Post'], ['FAX', 'Fax'], ['SMS', 'SMS']].map(([value, text]) => h('option', { value }, text)))),
      field('Material', h('input', { id: 'material-material', name: 'material', 'data-test': 'material-material', placeholder: 'brochure' }))),
    field('Address', h('input', { id: 'material-address', name: 'address', 'data-test': 'material-address' }), 'E-mail address, postal address or number, as the channel needs.'),
    field('Call again at', h('input', { type: 'datetime-local', id: 'material-follow-up', name: 'followUpAt', 'data-test': 'material-follow-up' })),
    field('Note', h('input', { id: 'material-note', name: 'note', 'data-test': 'material-note' })),
    materialError, materialMessage,
    h('button', { type: 'submit', id: 'material-request', 'data-test': 'material-request' }, 'Request material'));
  materialForm.addEventListener('submit', (event) => submitForm(event, materialForm, materialError, materialMessage, (v) => api('POST',
    `${base}/material-requests`, {
      contactId: id, campaignKey: card?.state?.campaignKey || null, channel: v.channel, material: v.material, address: v.address,
      followUpAt: localToInstant(v.followUpAt), note: v.note || null,
    }), (m) => `Material requested (${m.channel}, ${m.state}); follow-up call ${m.followUpAt ? new Date(m.followUpAt).toLocaleString() : 'not set'}.`));

  async function submitForm(event, form, errorBox, messageBox, call, describe) {
    event.preventDefault();
    hideProblem(errorBox, form);
    messageBox.hidden = true;
    const values = formValues(form);
    try {
      const result = await busy(form, () => call(values));
      if (signal.aborted) return;
      showMessage(messageBox, describe(result));
      if (result?.id !== undefined) messageBox.setAttribute('data-id', result.id);
      for (const el of form.querySelectorAll('textarea, input[name=note], input[name=dueAt], input[name=followUpAt]')) el.value = '';
      await load();
    } catch (err) {
      if (!signal.aborted) showProblem(errorBox, err, form);
    }
  }

  const title = h('h1', { id: 'contact-title', 'data-test': 'contact-title' }, `Contact ${contactId}`);
  const content = h('div', { id: 'contact-content', class: 'contact-layout', 'data-test': 'contact-content' },
    h('div', { class: 'contact-top' },
      h('section', { class: 'card' }, h('h2', {}, 'Contact'), factsBox),
      h('section', { class: 'card' }, h('h2', {}, 'Workflow'), stateBox)),
    h('section', { class: 'card', id: 'disposition-card' },
      h('h2', {}, 'Call outcome'),
      h('p', { class: 'muted small' }, 'Press a key (or click it) when the call ends.'),
      h('div', { class: 'grid-2' }, field('Call reference', callRef), field('Note', outcomeNote)),
      keysBox, keysError, keysMessage),
    h('section', { class: 'card' }, h('h2', {}, 'History'), h('div', { class: 'table-wrap' }, historyTable)),
    h('section', { class: 'card' }, h('h2', {}, 'Callbacks'),
      h('table', { id: 'contact-callbacks-table' }, h('thead', {}, h('tr', {}, ['Due', 'Agent', 'State', 'Note'].map((t) => h('th', {}, t)))), callbacksBody)),
    h('div', { class: 'contact-forms' }, callbackForm, orderForm, complaintForm, materialForm));
  content.hidden = true;

  replace(main, replace(page,
    h('div', { class: 'page-head' },
      title,
      h('div', { class: 'head-tools' },
        h('a', { class: 'button-link', href: `#/contacts/${seg(tenant)}`, 'data-test': 'contact-back' }, 'Contacts'),
        h('button', { type: 'button', id: 'contact-refresh', class: 'secondary', 'data-test': 'contact-refresh', onclick: () => load() }, 'Refresh'))),
    pageError,
    content));
  load();
}

/** The contacts the person may see, each opening its card. */
export function renderContacts(main, ctx, tenant) {
  const { signal } = ctx;
  const listError = problemBox('contacts-error');
  const tbody = h('tbody', { id: 'contacts-body', 'data-test': 'contacts-body' });
  const table = h('table', { id: 'contacts-table', 'data-test': 'contacts-table' },
    h('thead', {}, h('tr', {}, ['Name', 'Phone', 'Team', 'Agent', 'Created'].map((t) => h('th', {}, t)))), tbody);
  const pagerSlot = h('div', { class: 'pager-slot' });

  async function load(page = 0) {
    table.setAttribute('data-loaded', 'false');
    try {
      const result = await api('GET', `/tenants/${seg(tenant)}/contacts${query({ page, size: 50 })}`);
      if (signal.aborted) return;
      hideProblem(listError);
      replace(tbody, result.items.length ? result.items.map((c) => h('tr', { 'data-test': 'contact-row', 'data-id': c.id },
        h('td', {}, h('a', { href: `#/contact/${seg(tenant)}/${seg(c.id)}`, 'data-test': 'contact-open' }, c.name)),
        h('td', {}, c.phone ?? ''),
        h('td', {}, c.teamId ?? ''),
        h('td', {}, c.agentUsername ?? ''),
        h('td', {}, timeEl(c.createdAt, 'contact-created'))))
        : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'No contacts for you.')));
      replace(pagerSlot, pager('contacts', result, load));
      table.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted) return;
      showProblem(listError, err);
      table.setAttribute('data-loaded', 'error');
    }
  }

  replace(main, h('section', { id: 'contacts-page', class: 'page', 'data-test': 'contacts-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' }, h('h1', {}, `Contacts of ${tenant}`)),
    listError,
    h('div', { class: 'table-wrap' }, table),
    pagerSlot));
  load();
}
