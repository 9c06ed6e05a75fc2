// A tenant's campaigns (decision 0013): the list with its state, the create/edit form (kind, name, offer,
// dates, up to four daily dialing windows, teams, dispositions with their keys, cadence overrides, script
// key, operating mode override) and pause / resume / close. Agents, team leads and QA read; tenant
// admins and supervisors (and the agency admin) write.

import { api, query, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, pager, timeEl,
} from '../dom.js';
import { plainDecimal } from '../money.js';
import { assignmentPanel, mayAssign } from './assignment.js';

const PAGE_SIZE = 20;
const MAX_WINDOWS = 4;
const WRITERS = ['AGENCY_ADMIN', 'TENANT_ADMIN', 'SUPERVISOR'];

export const KIND_LABELS = {
  OUTBOUND_SALES: 'Outbound sales',
  OUTBOUND_SURVEY: 'Outbound survey',
  INBOUND_SERVICE: 'Inbound service',
};
const MODE_LABELS = { IN_HOUSE: 'In-house', OUTSOURCED: 'Outsourced', HYBRID: 'Hybrid' };
const RESULTS = ['REACHED', 'NO_ANSWER', 'BUSY', 'NO_SUCH_NUMBER', 'WRONG_PERSON', 'FEEDBACK'];
const CLASSES = ['BUY_NOW', 'INTERESTED', 'CONSIDERING', 'NOT_NOW', 'NEVER'];
const STAGES = ['SCREENING', 'FOLLOW_UP', 'RESOLVING', 'CLOSING', 'WON', 'DROPPED'];
/** Cadence fields: name, label, unit (defaults shown as placeholders: decision 0013). */
const CADENCE = [
  ['interestedDays', 'Interested: next call after', 'days', 2],
  ['consideringDays', 'Considering: next call after', 'days', 3],
  ['notNowDays', 'Not now: next call after', 'days', 14],
  ['noAnswerRedialMinutes', 'No answer: redial after', 'minutes', 120],
  ['busyRedialMinutes', 'Busy: redial after', 'minutes', 15],
  ['maxAttempts', 'Unanswered attempts in a row before stopping', 'attempts', 6],
];

export const mayWriteCampaigns = (user) => WRITERS.includes(user?.role);

/** "09:00:00" or "09:00" → "09:00". */
const hhmm = (t) => (t ? String(t).slice(0, 5) : '');

export function renderCampaigns(main, ctx, tenant) {
  const { signal } = ctx;
  const writer = mayWriteCampaigns(ctx.user);
  const base = `/tenants/${seg(tenant)}/campaigns`;
  const listError = problemBox('campaigns-error');
  const listMessage = h('p', { id: 'campaigns-message', class: 'message', role: 'status', 'data-test': 'campaigns-message', hidden: true });
  const tbody = h('tbody', { id: 'campaigns-body', 'data-test': 'campaigns-body' });
  const table = h('table', { id: 'campaigns-table', 'data-test': 'campaigns-table' },
    h('thead', {}, h('tr', {}, ['Key', 'Name', 'Kind', 'State', 'Dates', 'Windows', 'Mode', 'Script', 'Changed', ''].map((t) => h('th', {}, t)))),
    tbody);
  const pagerSlot = h('div', { class: 'pager-slot' });
  const assignSlot = h('div', { id: 'assign-slot' });
  const stateFilter = h('select', { id: 'campaigns-state', 'data-test': 'campaigns-state', onchange: () => load(0) },
    h('option', { value: '' }, 'All states'), ['ACTIVE', 'PAUSED', 'CLOSED'].map((s) => h('option', { value: s }, s)));
  let currentPage = 0;
  let teams = []; // [{id, name, department}]

  async function load(page = currentPage) {
    table.setAttribute('data-loaded', 'false');
    try {
      const result = await api('GET', `${base}${query({ state: stateFilter.value, page, size: PAGE_SIZE })}`);
      if (signal.aborted) return;
      currentPage = result.page;
      hideProblem(listError);
      replace(tbody, result.items.length
        ? result.items.map(row)
        : h('tr', { 'data-test': 'campaigns-empty' }, h('td', { colspan: 10, class: 'muted' }, 'No campaigns yet.')));
      replace(pagerSlot, pager('campaigns', result, load));
      table.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted) return;
      showProblem(listError, err);
      table.setAttribute('data-loaded', 'error');
    }
  }

  function row(c) {
    const actions = [];
    if (writer && c.state !== 'CLOSED') {
      actions.push(h('button', { type: 'button', class: 'secondary', 'data-test': 'campaign-edit', onclick: () => openForm(c) }, 'Edit'));
      if (c.state === 'ACTIVE') {
        actions.push(h('button', { type: 'button', class: 'secondary', 'data-test': 'campaign-pause', onclick: (e) => act(e.currentTarget, c, 'pause') }, 'Pause'));
      } else {
        actions.push(h('button', { type: 'button', 'data-test': 'campaign-resume', onclick: (e) => act(e.currentTarget, c, 'resume') }, 'Resume'));
      }
      actions.push(h('button', {
        type: 'button', class: 'danger', 'data-test': 'campaign-close',
        onclick: (e) => {
          // closing is final: no further outcomes, no resume
          if (window.confirm(`Close campaign ${c.key}? A closed campaign takes no further outcomes and cannot be resumed.`)) act(e.currentTarget, c, 'close');
        },
      }, 'Close'));
    }
    if (mayAssign(ctx.user) && c.state !== 'CLOSED') {
      actions.push(h('button', {
        type: 'button', class: 'secondary', 'data-test': 'campaign-assign',
        onclick: () => replace(assignSlot, assignmentPanel(ctx, tenant, c, () => replace(assignSlot))),
      }, 'Assign'));
    }
    const teamNames = (c.teamIds || []).map((id) => teams.find((t) => t.id === id)?.name ?? `#${id}`);
    return h('tr', { 'data-test': 'campaign-row', 'data-key': c.key, 'data-state': c.state },
      h('td', { 'data-test': 'campaign-key' }, h('code', {}, c.key)),
      h('td', { 'data-test': 'campaign-name' }, c.name,
        c.offer?.product ? h('div', { class: 'small muted' }, c.offer.product) : null,
        teamNames.length ? h('div', { class: 'small muted', 'data-test': 'campaign-teams' }, 'Teams: ', teamNames.join(', ')) : null),
      h('td', { 'data-test': 'campaign-kind', 'data-value': c.kind }, KIND_LABELS[c.kind] || c.kind),
      h('td', {}, h('span', { class: `status status-${c.state}`, 'data-test': 'campaign-state' }, c.state)),
      h('td', { class: 'nowrap small' }, c.startDate ?? '', ' – ', c.endDate ?? 'open'),
      h('td', { class: 'small', 'data-test': 'campaign-windows' }, (c.windows || []).map((w) => `${hhmm(w.start)}–${hhmm(w.end)}`).join(', ')),
      h('td', { class: 'small', 'data-test': 'campaign-mode' }, MODE_LABELS[c.operatingMode] || c.operatingMode || '',
        c.modeOverridden ? h('span', { class: 'muted' }, ' (campaign)') : h('span', { class: 'muted' }, ' (tenant)')),
      h('td', { class: 'small', 'data-test': 'campaign-script' }, c.scriptKey ? h('code', {}, c.scriptKey) : ''),
      h('td', { class: 'small' }, timeEl(c.changedAt || c.createdAt, 'campaign-changed'), h('br'), c.changedBy || c.createdBy || ''),
      h('td', { class: 'actions', 'data-test': 'campaign-actions' }, actions));
  }

  async function act(button, campaign, action) {
    hideProblem(listError);
    listMessage.hidden = true;
    button.disabled = true;
    try {
      const updated = await api('POST', `${base}/${seg(campaign.key)}/${action}`);
      showMessage(listMessage, `Campaign ${updated.key} is ${updated.state}.`);
      await load();
    } catch (err) {
      showProblem(listError, err);
      button.disabled = false;
    }
  }

  // ---- create / edit form ---------------------------------------------------------------------------
  const formError = problemBox('campaign-form-error');
  const formTitle = h('h2', { id: 'campaign-form-title', 'data-test': 'campaign-form-title' }, 'New campaign');
  const keyInput = h('input', { id: 'campaign-key', name: 'key', 'data-test': 'campaign-key-input', autocomplete: 'off', spellcheck: 'false', placeholder: 'spring-sale' });
  const nameInput = h('input', { id: 'campaign-name', name: 'name', 'data-test': 'campaign-name-input' });
  const kindSelect = h('select', { id: 'campaign-kind', name: 'kind', 'data-test': 'campaign-kind-input' },
    Object.entries(KIND_LABELS).map(([value, label]) => h('option', { value }, label)));
  const productInput = h('input', { id: 'campaign-product', name: 'offer.product', 'data-test': 'campaign-product' });
  const pricesInput = h('input', { id: 'campaign-prices', name: 'offer.pricePoints', 'data-test': 'campaign-prices', placeholder: '99, 199.50' });
  const currencyInput = h('input', { id: 'campaign-currency', name: 'offer.currency', class: 'upper', maxlength: 3, 'data-test': 'campaign-currency', placeholder: 'CNY' });
  const getsInput = h('textarea', { id: 'campaign-gets', name: 'offer.customerGets', rows: 2, 'data-test': 'campaign-gets' });
  const startInput = h('input', { id: 'campaign-start', name: 'startDate', type: 'date', 'data-test': 'campaign-start' });
  const endInput = h('input', { id: 'campaign-end', name: 'endDate', type: 'date', 'data-test': 'campaign-end' });
  const windowInputs = Array.from({ length: MAX_WINDOWS }, (_, i) => ({
    start: h('input', { type: 'time', id: `campaign-window-${i}-start`, name: 'windows', 'data-test': `campaign-window-${i}-start`, 'aria-label': `Window ${i + 1} start` }),
    end: h('input', { type: 'time', id: `campaign-window-${i}-end`, 'data-test': `campaign-window-${i}-end`, 'aria-label': `Window ${i + 1} end` }),
  }));
  const teamsBox = h('div', { id: 'campaign-teams', class: 'checkbox-list', 'data-test': 'campaign-teams-input' });
  const dispositionsBody = h('tbody', { id: 'campaign-dispositions', 'data-test': 'campaign-dispositions' });
  const cadenceInputs = Object.fromEntries(CADENCE.map(([name, , , def]) => [name,
    h('input', { type: 'number', min: 1, step: 1, id: `campaign-cadence-${name}`, name: `cadence.${name}`, 'data-test': `campaign-cadence-${name}`, placeholder: String(def) })]));
  const scriptInput = h('input', { id: 'campaign-script', name: 'scriptKey', list: 'campaign-scripts', 'data-test': 'campaign-script-input', autocomplete: 'off', spellcheck: 'false' });
  const scriptList = h('datalist', { id: 'campaign-scripts' });
  const modeSelect = h('select', { id: 'campaign-mode', name: 'operatingMode', 'data-test': 'campaign-mode-input' },
    h('option', { value: '' }, 'The tenant\'s operating mode'),
    Object.entries(MODE_LABELS).map(([value, label]) => h('option', { value }, label)));
  const submit = h('button', { type: 'submit', id: 'campaign-save', 'data-test': 'campaign-save' }, 'Create campaign');
  const cancelEdit = h('button', { type: 'button', id: 'campaign-cancel', class: 'secondary', 'data-test': 'campaign-cancel', hidden: true, onclick: () => openForm(null) }, 'New campaign instead');
  const formMessage = h('p', { id: 'campaign-form-message', class: 'message', role: 'status', 'data-test': 'campaign-form-message', hidden: true });
  let editing = null;

  function dispositionRow(d = {}) {
    const tr = h('tr', { 'data-test': 'disposition-row' },
      h('td', {}, h('input', { class: 'disposition-key', value: d.key ?? '', maxlength: 8, size: 3, 'data-test': 'disposition-key', 'aria-label': 'Key' })),
      h('td', {}, h('input', { class: 'disposition-label', value: d.label ?? '', 'data-test': 'disposition-label', 'aria-label': 'Label' })),
      h('td', {}, h('select', { class: 'disposition-result', 'data-test': 'disposition-result', 'aria-label': 'Call result', value: d.result ?? 'REACHED' },
        RESULTS.map((r) => h('option', { value: r }, r)))),
      h('td', {}, h('select', { class: 'disposition-class', 'data-test': 'disposition-class', 'aria-label': 'Intent class', value: d.intentClass ?? '' },
        h('option', { value: '' }, 'unchanged'), CLASSES.map((c) => h('option', { value: c }, c)))),
      h('td', {}, h('select', { class: 'disposition-stage', 'data-test': 'disposition-stage', 'aria-label': 'Stage', value: d.stage ?? '' },
        h('option', { value: '' }, 'from the class'), STAGES.map((s) => h('option', { value: s }, s)))),
      h('td', {}, h('button', { type: 'button', class: 'secondary', 'data-test': 'disposition-remove', onclick: () => tr.remove() }, 'Remove')));
    return tr;
  }

  function showTeams(selected = []) {
    replace(teamsBox, teams.length
      ? teams.map((t) => h('label', { class: 'checkbox' },
        h('input', { type: 'checkbox', name: 'teamIds', value: t.id, checked: selected.includes(t.id), 'data-test': 'campaign-team', 'data-team': t.name }),
        ` ${t.name}`, t.department ? h('span', { class: 'muted small' }, ` (${t.department})`) : null))
      : h('p', { class: 'muted small' }, 'The tenant has no teams yet.'));
  }

  function openForm(campaign) {
    editing = campaign;
    hideProblem(formError, form);
    formMessage.hidden = true;
    form.reset();
    replace(formTitle, campaign ? `Edit campaign ${campaign.key}` : 'New campaign');
    replace(submit, campaign ? 'Save campaign' : 'Create campaign');
    cancelEdit.hidden = !campaign;
    keyInput.disabled = !!campaign;
    form.setAttribute('data-editing', campaign?.key ?? '');
    keyInput.value = campaign?.key ?? '';
    nameInput.value = campaign?.name ?? '';
    kindSelect.value = campaign?.kind ?? 'OUTBOUND_SALES';
    productInput.value = campaign?.offer?.product ?? '';
    pricesInput.value = (campaign?.offer?.pricePoints || []).map(plainDecimal).join(', ');
    currencyInput.value = campaign?.offer?.currency ?? '';
    getsInput.value = campaign?.offer?.customerGets ?? '';
    startInput.value = campaign?.startDate ?? '';
    endInput.value = campaign?.endDate ?? '';
    windowInputs.forEach((w, i) => {
      const win = campaign?.windows?.[i];
      w.start.value = hhmm(win?.start);
      w.end.value = hhmm(win?.end);
    });
    showTeams(campaign?.teamIds || []);
    replace(dispositionsBody, (campaign?.dispositions || []).map(dispositionRow));
    for (const [name] of CADENCE) cadenceInputs[name].value = campaign?.cadence?.[name] ?? '';
    scriptInput.value = campaign?.scriptKey ?? '';
    modeSelect.value = campaign?.modeOverridden ? campaign.operatingMode : '';
    if (campaign) form.scrollIntoView({ block: 'start' });
  }

  /** The form as a CampaignSpec; throws an Error naming the field for input that cannot be sent. */
  function spec() {
    const text = (el) => el.value.trim();
    const offer = {
      product: text(productInput),
      pricePoints: text(pricesInput) ? text(pricesInput).split(/[,;\s]+/).filter(Boolean) : [],
      currency: text(currencyInput).toUpperCase() || null,
      customerGets: text(getsInput) || null,
    };
    const windows = [];
    windowInputs.forEach((w, i) => {
      if (!w.start.value && !w.end.value) return;
      if (!w.start.value || !w.end.value) throw Object.assign(new Error(`Window ${i + 1} needs a start and an end.`), { field: 'windows' });
      windows.push({ start: w.start.value, end: w.end.value });
    });
    const dispositions = [...dispositionsBody.querySelectorAll('tr')].map((tr) => ({
      key: tr.querySelector('.disposition-key').value.trim(),
      label: tr.querySelector('.disposition-label').value.trim(),
      result: tr.querySelector('.disposition-result').value,
      intentClass: tr.querySelector('.disposition-class').value || null,
      stage: tr.querySelector('.disposition-stage').value || null,
    }));
    const cadenceGiven = CADENCE.some(([name]) => cadenceInputs[name].value !== '');
    const cadence = cadenceGiven
      ? Object.fromEntries(CADENCE.map(([name, , , def]) => [name, cadenceInputs[name].value === '' ? def : Number(cadenceInputs[name].value)]))
      : null;
    return {
      name: text(nameInput),
      kind: kindSelect.value,
      offer,
      startDate: startInput.value || null,
      endDate: endInput.value || null,
      windows: windows.length ? windows : null, // none given: the defaults of decision 0013
      teamIds: [...teamsBox.querySelectorAll('input[name=teamIds]:checked')].map((el) => Number(el.value)),
      dispositions: dispositions.length ? dispositions : null,
      cadence,
      scriptKey: text(scriptInput) || null,
      operatingMode: modeSelect.value || null,
    };
  }

  const form = h('form', { id: 'campaign-form', class: 'card', novalidate: true, 'data-test': 'campaign-form' },
    formTitle,
    h('div', { class: 'grid-3' },
      field('Key', keyInput, 'Letters, digits, ".", "_" or "-"; cannot change later.'),
      field('Name', nameInput),
      field('Kind', kindSelect),
      field('Start date', startInput),
      field('End date', endInput, 'Empty: open-ended.'),
      field('Operating mode', modeSelect, 'Override the tenant\'s mode for this campaign only.')),
    h('fieldset', { class: 'subform' }, h('legend', {}, 'Offer'),
      h('div', { class: 'grid-3' },
        field('Product', productInput),
        field('Price points', pricesInput, 'Amounts separated by commas.'),
        field('Currency', currencyInput)),
      field('What the customer gets', getsInput)),
    h('fieldset', { class: 'subform', id: 'campaign-windows' }, h('legend', {}, 'Daily dialing windows (contact\'s local time)'),
      h('p', { class: 'muted small' }, 'Up to four, within one day and not overlapping. None given: 09:00–12:00, 14:00–18:00, 19:00–21:00.'),
      h('div', { class: 'windows-grid' }, windowInputs.map((w, i) => h('div', { class: 'window-input' },
        h('span', { class: 'field-label' }, `Window ${i + 1}`), w.start, ' – ', w.end)))),
    h('fieldset', { class: 'subform' }, h('legend', {}, 'Teams'), teamsBox),
    h('fieldset', { class: 'subform' }, h('legend', {}, 'Dispositions'),
      h('p', { class: 'muted small' }, 'The keys agents press after a call. None given: the default keys 1–9, 0, * and #.'),
      h('table', { class: 'dispositions-table' },
        h('thead', {}, h('tr', {}, ['Key', 'Label', 'Call result', 'Intent class', 'Stage', ''].map((t) => h('th', {}, t)))),
        dispositionsBody),
      h('button', { type: 'button', class: 'secondary', id: 'disposition-add', 'data-test': 'disposition-add', onclick: () => dispositionsBody.append(dispositionRow()) }, 'Add disposition')),
    h('fieldset', { class: 'subform' }, h('legend', {}, 'Cadence'),
      h('p', { class: 'muted small' }, 'Empty fields keep the defaults shown.'),
      h('div', { class: 'grid-3' }, CADENCE.map(([name, label, unit]) => field(`${label} (${unit})`, cadenceInputs[name])))),
    h('div', { class: 'grid-3' }, field('Script key', scriptInput, 'The script agents read on this campaign.')),
    scriptList,
    formError,
    formMessage,
    h('div', { class: 'button-row' }, submit, cancelEdit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(formError, form);
    formMessage.hidden = true;
    let body;
    try {
      body = spec();
    } catch (err) {
      showProblem(formError, err, form);
      return;
    }
    const key = editing ? editing.key : keyInput.value.trim();
    if (!key) {
      showProblem(formError, { title: 'Invalid input', detail: 'Give the campaign a key.', field: 'key' }, form);
      return;
    }
    try {
      const saved = await busy(form, () => api(editing ? 'PUT' : 'POST', `${base}/${seg(key)}`, body));
      if (signal.aborted) return;
      const verb = editing ? 'saved' : 'created';
      openForm(null);
      showMessage(formMessage, `Campaign ${saved.key} ${verb} (${saved.state}).`);
      formMessage.setAttribute('data-key', saved.key);
      await load();
    } catch (err) {
      if (!signal.aborted) showProblem(formError, err, form);
    }
  });

  async function loadTeams() {
    if (ctx.user.role === 'AGENT') return; // agents have no org:read; the list shows team ids
    try {
      const tree = await api('GET', `/orgs/${seg(tenant)}/tree`);
      const found = [];
      const walk = (units, department) => units.forEach((u) => {
        if (u.kind === 'TEAM') found.push({ id: u.id, name: u.name, department });
        walk(u.children || [], u.kind === 'DEPARTMENT' ? u.name : department);
      });
      walk(tree, null);
      teams = found;
    } catch {
      teams = []; // people without org:read still see team ids
    }
  }

  async function loadScripts() {
    try {
      const scripts = await api('GET', `/tenants/${seg(tenant)}/scripts`);
      if (!signal.aborted) replace(scriptList, scripts.map((s) => h('option', { value: s.key }, s.name)));
    } catch {
      // the key can still be typed
    }
  }

  replace(main, h('section', { id: 'campaigns-page', class: 'page', 'data-test': 'campaigns-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' },
      h('h1', {}, `Campaigns of ${tenant}`),
      h('div', { class: 'head-tools' },
        field('State', stateFilter),
        h('a', { class: 'button-link', href: `#/contacts/${seg(tenant)}`, 'data-test': 'campaigns-contacts' }, 'Contacts'),
        h('button', { type: 'button', id: 'campaigns-refresh', class: 'secondary', 'data-test': 'campaigns-refresh', onclick: () => load() }, 'Refresh'))),
    listError,
    listMessage,
    h('div', { class: 'table-wrap' }, table),
    pagerSlot,
    assignSlot,
    writer ? form : null));

  openForm(null);
  (writer ? Promise.all([loadTeams(), loadScripts()]) : loadTeams()).then(() => {
    if (signal.aborted) return;
    if (writer && !editing) showTeams([]);
    load(0);
  });
}
