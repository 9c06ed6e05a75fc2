// Routing of a tenant, #/routing/<tenant>?start=YYYY-MM-DD&campaign=<key>: the policy in force and the
// campaign overrides (edit, remove); a week timeline of who handles the work (in-house or agency), one
// row per day of the tenant's time zone, with holidays and special working days marked; and a tester
// for single decisions with their explanation. Times are the tenant's local times (its calendar's zone).

import { api, seg, query } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy,
} from '../dom.js';
import { ownerPicker } from '../owners.js';
import {
  addDays, formatDate, formatZoned, isDate, isoInstant, mondayOf, todayIn, weekdayOf, zonedInstant,
  zonedParts, zoneOffsetName,
} from '../zoned.js';

const MODES = [
  ['IN_HOUSE', 'In-house (own agents)'],
  ['OUTSOURCED', 'Outsourced (agency agents)'],
  ['HYBRID', 'Hybrid (in-house while the calendar is open, agency otherwise)'],
];
const MODE_LABELS = { IN_HOUSE: 'In-house', OUTSOURCED: 'Outsourced', HYBRID: 'Hybrid' };
const HANDLER_LABELS = { IN_HOUSE: 'In-house', AGENCY: 'Agency' };
const KIND_LABELS = { HOLIDAY: 'Holiday', SPECIAL_WORKING_DAY: 'Special working day' };
const TENANT_DEFAULT = '';

export function renderRouting(main, ctx, tenant, params = new URLSearchParams()) {
  const { user, signal } = ctx;
  const agencyAdmin = user.role === 'AGENCY_ADMIN';
  const canManage = agencyAdmin || (user.role === 'TENANT_ADMIN' && user.tenantSlug === tenant);
  const base = `/tenants/${seg(tenant)}/routing`;
  let zone = 'UTC';
  let days = new Map();          // date → calendar entry (holiday, special working day)
  let policies = {};             // campaign key ('' = tenant default) → policy
  let start = null;              // Monday shown, in the tenant's zone
  let campaign = (params.get('campaign') || '').trim();
  let weekSeq = 0;

  const pageError = problemBox('routing-error');
  pageError.setAttribute('data-test', 'page-error');
  const content = h('div', { id: 'routing-content', class: 'routing-layout', 'data-test': 'routing-content', hidden: true });

  // ---- policies -----------------------------------------------------------------------------------
  const inForce = h('div', { id: 'policy-in-force', class: 'policy-in-force', 'data-test': 'policy-in-force' });
  const policiesBody = h('tbody', { id: 'policies-body', 'data-test': 'policies-body' });
  const policiesError = problemBox('policies-error');
  const policiesMessage = h('p', { id: 'policies-message', class: 'message', role: 'status', 'data-test': 'policies-message', hidden: true });
  const campaignsList = h('datalist', { id: 'routing-campaigns' });

  const policyError = problemBox('policy-form-error');
  const policyCampaign = h('input', {
    id: 'policy-campaign', name: 'campaign', 'data-test': 'policy-campaign', list: 'routing-campaigns', autocomplete: 'off',
    spellcheck: 'false', placeholder: 'empty: the tenant default', maxlength: 64,
    onchange: () => fillPolicyForm(policyCampaign.value.trim(), { keepCampaign: true }),
  });
  const policyForm = h('form', { id: 'policy-form', class: 'subform', novalidate: true, 'data-test': 'policy-form' },
    h('h3', {}, 'Set a policy'),
    field('Campaign', policyCampaign, 'Empty for the tenant default; a campaign key for an override of that campaign only.'),
    field('Mode', h('select', { id: 'policy-mode', name: 'mode', 'data-test': 'policy-mode' },
      MODES.map(([value, label]) => h('option', { value }, label)))),
    field('Overflow after (seconds)', h('input', {
      id: 'policy-overflow-after', name: 'overflowAfterSeconds', type: 'number', min: 0, max: 3600, step: 1,
      'data-test': 'policy-overflow-after', placeholder: 'never',
    }), 'A call waiting longer goes to the agency; empty for never.'),
    h('label', { class: 'checkbox' }, h('input', {
      type: 'checkbox', id: 'policy-overflow-busy', name: 'overflowWhenInHouseBusy', 'data-test': 'policy-overflow-busy',
    }), 'Overflow to the agency when every in-house agent is busy'),
    h('label', { class: 'checkbox' }, h('input', {
      type: 'checkbox', id: 'policy-temporary', name: 'temporaryProject', 'data-test': 'policy-temporary',
    }), 'Temporary project (survey, peak): handled entirely by the agency'),
    policyError,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', id: 'policy-save', 'data-test': 'policy-save' }, 'Save policy')));

  function fillPolicyForm(key, { keepCampaign = false } = {}) {
    const policy = policies[key] ?? policies[TENANT_DEFAULT];
    if (!keepCampaign) policyCampaign.value = key;
    if (!policy) return;
    const control = (name) => policyForm.elements.namedItem(name);
    control('mode').value = policy.mode;
    control('overflowAfterSeconds').value = policy.overflowAfterSeconds ?? '';
    control('overflowWhenInHouseBusy').checked = !!policy.overflowWhenInHouseBusy;
    control('temporaryProject').checked = !!policy.temporaryProject;
  }

  policyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(policyError, policyForm);
    policiesMessage.hidden = true;
    const control = (name) => policyForm.elements.namedItem(name);
    const key = policyCampaign.value.trim();
    const after = control('overflowAfterSeconds').value.trim();
    const overflowAfterSeconds = after === '' ? null : Number(after);
    if (overflowAfterSeconds !== null && (!Number.isInteger(overflowAfterSeconds) || overflowAfterSeconds < 0)) {
      showProblem(policyError, { title: 'Invalid input', detail: 'Give whole seconds (0 to 3600), or leave empty for no wait overflow.', field: 'overflowAfterSeconds' }, policyForm);
      return;
    }
    const body = {
      mode: control('mode').value,
      overflowAfterSeconds,
      overflowWhenInHouseBusy: control('overflowWhenInHouseBusy').checked,
      temporaryProject: control('temporaryProject').checked,
    };
    try {
      await busy(policyForm, () => api('PUT', `${base}/policy${query({ campaign: key })}`, body));
      if (signal.aborted) return;
      showMessage(policiesMessage, key ? `Override for campaign ${key} saved.` : 'Tenant default saved.');
      await loadPolicies();
      loadWeek();
    } catch (err) {
      if (!signal.aborted) showProblem(policyError, err, policyForm);
    }
  });

  async function removeOverride(key, button) {
    hideProblem(policiesError);
    policiesMessage.hidden = true;
    button.disabled = true;
    try {
      await api('DELETE', `${base}/policy${query({ campaign: key })}`);
      if (signal.aborted) return;
      showMessage(policiesMessage, `Override for campaign ${key} removed: it follows the tenant default again.`);
      await loadPolicies();
      loadWeek();
    } catch (err) {
      if (signal.aborted) return;
      button.disabled = false;
      showProblem(policiesError, err);
    }
  }

  async function loadPolicies() {
    try {
      policies = await api('GET', `${base}/policies`);
      if (signal.aborted) return;
      hideProblem(policiesError);
      showPolicies();
    } catch (err) {
      if (!signal.aborted) showProblem(policiesError, err);
    }
  }

  function showPolicies() {
    const keys = Object.keys(policies);
    replace(campaignsList, keys.filter(Boolean).map((k) => h('option', { value: k })));
    replace(policiesBody, keys.map((key) => {
      const p = policies[key];
      return h('tr', { 'data-test': 'policy-row', 'data-campaign': key, 'data-mode': p.mode },
        h('td', { 'data-test': 'policy-key' }, key ? h('code', {}, key) : h('strong', {}, 'Tenant default')),
        h('td', { 'data-test': 'policy-mode-shown' }, h('span', { class: `mode mode-${p.mode}` }, MODE_LABELS[p.mode] || p.mode)),
        h('td', {}, p.overflowAfterSeconds === null || p.overflowAfterSeconds === undefined ? h('span', { class: 'muted' }, 'never') : `${p.overflowAfterSeconds} s`),
        h('td', {}, p.overflowWhenInHouseBusy ? 'yes' : h('span', { class: 'muted' }, 'no')),
        h('td', {}, p.temporaryProject ? 'yes' : h('span', { class: 'muted' }, 'no')),
        h('td', { class: 'actions' },
          canManage ? h('button', {
            type: 'button', class: 'secondary', 'data-test': 'policy-edit', onclick: () => { fillPolicyForm(key); policyCampaign.focus(); },
          }, 'Edit') : null,
          canManage && key ? h('button', {
            type: 'button', class: 'danger', 'data-test': 'policy-remove', title: `Remove the override of campaign ${key}`,
            onclick: (event) => removeOverride(key, event.currentTarget),
          }, 'Remove') : null));
    }));
    showInForce();
    if (!policyForm.dataset.filled) {
      fillPolicyForm(campaign && policies[campaign] ? campaign : TENANT_DEFAULT);
      policyForm.dataset.filled = 'true';
    }
  }

  function showInForce() {
    const own = campaign && policies[campaign];
    const p = own || policies[TENANT_DEFAULT];
    if (!p) {
      replace(inForce);
      return;
    }
    inForce.setAttribute('data-mode', p.mode);
    inForce.setAttribute('data-campaign', campaign);
    replace(inForce,
      h('p', { class: 'small muted' }, campaign
        ? (own ? `Campaign ${campaign} has its own override:` : `Campaign ${campaign} has no override; the tenant default applies:`)
        : 'The tenant default (campaigns without an override follow it):'),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Mode'), h('dd', { 'data-test': 'in-force-mode' }, h('span', { class: `mode mode-${p.mode}` }, MODE_LABELS[p.mode] || p.mode)),
        h('dt', {}, 'Overflow after'), h('dd', { 'data-test': 'in-force-overflow-after' },
          p.overflowAfterSeconds === null || p.overflowAfterSeconds === undefined ? 'never' : `${p.overflowAfterSeconds} s of waiting`),
        h('dt', {}, 'Overflow when busy'), h('dd', { 'data-test': 'in-force-overflow-busy' },
          p.overflowWhenInHouseBusy ? 'yes: no free in-house agent sends the call to the agency' : 'no'),
        h('dt', {}, 'Temporary project'), h('dd', { 'data-test': 'in-force-temporary' },
          p.temporaryProject ? 'yes: all work goes to the agency' : 'no')));
  }

  // ---- week timeline ------------------------------------------------------------------------------
  const weekTitle = h('h2', { id: 'week-title', 'data-test': 'week-title' }, 'Week');
  const weekDate = h('input', { id: 'week-date', name: 'start', type: 'date', 'data-test': 'week-date', 'aria-label': 'Show the week of' });
  const weekCampaign = h('input', {
    id: 'week-campaign', name: 'campaign', 'data-test': 'week-campaign', list: 'routing-campaigns', autocomplete: 'off',
    spellcheck: 'false', placeholder: 'tenant default', maxlength: 64,
  });
  const weekError = problemBox('week-error');
  const timeline = h('div', { id: 'timeline', class: 'timeline', 'data-test': 'timeline', role: 'group', 'aria-label': 'Who handles the work, per day' });
  const spansBody = h('tbody', { id: 'spans-body', 'data-test': 'spans-body' });
  const weekForm = h('form', { id: 'week-form', class: 'week-controls', novalidate: true, 'data-test': 'week-form' },
    h('div', { class: 'button-row' },
      h('button', { type: 'button', id: 'week-prev', class: 'secondary', 'data-test': 'week-prev', onclick: () => goTo(addDays(start, -7)) }, '‹ Previous week'),
      h('button', { type: 'button', id: 'week-today', class: 'secondary', 'data-test': 'week-today', onclick: () => goTo(mondayOf(todayIn(zone))) }, 'This week'),
      h('button', { type: 'button', id: 'week-next', class: 'secondary', 'data-test': 'week-next', onclick: () => goTo(addDays(start, 7)) }, 'Next week ›')),
    field('Week of', weekDate),
    field('Campaign', weekCampaign),
    h('button', { type: 'submit', id: 'week-show', 'data-test': 'week-show' }, 'Show'));

  weekDate.addEventListener('change', () => {
    if (isDate(weekDate.value)) goTo(mondayOf(weekDate.value));
  });
  weekForm.addEventListener('submit', (event) => {
    event.preventDefault();
    hideProblem(weekError, weekForm);
    if (!isDate(weekDate.value)) {
      showProblem(weekError, { title: 'Invalid input', detail: 'Choose a date; its week (Monday to Sunday) is shown.', field: 'start' }, weekForm);
      return;
    }
    const previous = campaign;
    campaign = weekCampaign.value.trim();
    const decideCampaign = decideForm.elements.namedItem('campaign');
    if (decideCampaign.value.trim() === previous) decideCampaign.value = campaign;
    showInForce();
    goTo(mondayOf(weekDate.value));
  });

  function goTo(monday) {
    start = monday;
    weekDate.value = monday;
    remember();
    loadWeek();
  }

  /** Keeps week and campaign in the address without re-routing (a reload shows the same). */
  function remember() {
    const hash = `#/routing/${seg(tenant)}${query({ start, campaign })}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  async function loadWeek() {
    const seq = ++weekSeq;
    const first = start;
    const shownCampaign = campaign;
    timeline.setAttribute('data-loaded', 'false');
    timeline.setAttribute('aria-busy', 'true');
    if (!timeline.firstChild) replace(timeline, h('p', { class: 'muted', 'data-test': 'timeline-loading' }, 'Asking the routing service…'));
    replace(weekTitle, `Week of ${formatDate(first)} – ${formatDate(addDays(first, 6))}`);
    hideProblem(weekError);
    try {
      const spans = await api('GET', `${base}/week${query({ start: first, campaign: shownCampaign })}`);
      if (signal.aborted || seq !== weekSeq) return;
      showWeek(first, spans || []);
      timeline.setAttribute('data-start', first);
      timeline.setAttribute('data-campaign', shownCampaign);
      timeline.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted || seq !== weekSeq) return;
      showWeek(first, null);
      timeline.setAttribute('data-start', first);
      timeline.setAttribute('data-campaign', shownCampaign);
      timeline.setAttribute('data-loaded', 'error');
      showProblem(weekError, err);
    } finally {
      if (seq === weekSeq) timeline.removeAttribute('aria-busy');
    }
  }

  function showWeek(first, spans) {
    const now = Date.now();
    const rows = [];
    for (let i = 0; i < 7; i++) rows.push(dayRow(addDays(first, i), spans, now));
    replace(timeline, scale(), rows, legend());
    replace(spansBody, (spans || []).map((s) => h('tr', { 'data-test': 'span-row', 'data-handler': s.handler },
      h('td', { class: 'nowrap' }, formatZoned(s.from, zone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })),
      h('td', { class: 'nowrap' }, formatZoned(s.to, zone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })),
      h('td', {}, h('span', { class: `handler handler-${s.handler}` }, HANDLER_LABELS[s.handler] || s.handler)),
      h('td', {}, h('code', {}, s.rule ?? '')),
      h('td', { class: 'wrap' }, s.label ?? ''))));
  }

  /** The hour scale above the bars: 00 to 24 every three hours. */
  function scale() {
    const marks = [];
    for (let hour = 0; hour <= 24; hour += 3) {
      const mark = h('span', { class: 'scale-mark' }, `${String(hour).padStart(2, '0')}:00`);
      mark.style.left = `${(hour / 24) * 100}%`;
      marks.push(mark);
    }
    return h('div', { class: 'timeline-row timeline-scale', 'aria-hidden': 'true' },
      h('div', { class: 'day-label muted small' }, zone),
      h('div', { class: 'scale' }, marks));
  }

  function legend() {
    return h('div', { class: 'timeline-legend small', 'data-test': 'timeline-legend' },
      h('span', {}, h('span', { class: 'swatch segment-IN_HOUSE' }), 'In-house (the tenant\'s own agents)'),
      h('span', {}, h('span', { class: 'swatch segment-AGENCY' }), 'Agency'),
      h('span', {}, h('span', { class: 'swatch swatch-none' }), 'No answer from the routing service'),
      h('span', { class: 'muted' }, 'Overflow is not shown: it depends on each call. Hover a segment for its rule.'));
  }

  function dayRow(date, spans, now) {
    const dayStart = zonedInstant(date, '00:00', zone).getTime();
    const dayEnd = zonedInstant(addDays(date, 1), '00:00', zone).getTime();
    const length = dayEnd - dayStart;
    const entry = days.get(date);
    const today = date === todayIn(zone);

    const bar = h('div', { class: 'day-bar', 'data-test': 'day-bar' });
    // hour lines at the local hours (a clock change moves or drops one)
    for (let hour = 1; hour < 24; hour++) {
      const at = zonedInstant(date, `${String(hour).padStart(2, '0')}:00`, zone).getTime();
      if (at <= dayStart || at >= dayEnd) continue;
      const tick = h('span', { class: hour % 6 === 0 ? 'tick major' : 'tick', 'data-hour': hour });
      tick.style.left = `${((at - dayStart) / length) * 100}%`;
      bar.append(tick);
    }
    for (const span of spans || []) {
      const from = Math.max(Date.parse(span.from), dayStart);
      const to = Math.min(Date.parse(span.to), dayEnd);
      if (!(to > from)) continue;
      bar.append(segment(span, from, to, dayStart, dayEnd, length));
    }
    if (now >= dayStart && now < dayEnd) {
      const line = h('span', { class: 'now-line', 'data-test': 'now-line', title: `now: ${formatZoned(now, zone, { timeStyle: 'short' })}` });
      line.style.left = `${((now - dayStart) / length) * 100}%`;
      bar.append(line);
    }

    const hours = Math.round(length / 3_600_000);
    return h('div', {
      class: `timeline-row${today ? ' today' : ''}${entry ? ` marked-${entry.kind}` : ''}`,
      'data-test': 'timeline-day', 'data-date': date, 'data-weekday': weekdayOf(date),
      'data-holiday': entry?.kind === 'HOLIDAY' ? entry.name : null,
      'data-special': entry?.kind === 'SPECIAL_WORKING_DAY' ? entry.name : null,
    },
    h('div', { class: 'day-label', 'data-test': 'day-label' },
      h('span', { class: 'day-name' }, formatDate(date, { year: false })),
      today ? h('span', { class: 'badge' }, 'today') : null,
      entry ? h('span', {
        class: `kind-badge kind-${entry.kind}`, 'data-test': 'day-mark', title: `${KIND_LABELS[entry.kind]}: ${entry.name}`,
      }, `${entry.kind === 'HOLIDAY' ? 'Holiday' : 'Special working day'}: ${entry.name}`) : null,
      hours !== 24 ? h('span', { class: 'small muted', title: 'The clocks change on this day' }, `${hours} h day`) : null),
    bar);
  }

  function segment(span, from, to, dayStart, dayEnd, length) {
    const fromLocal = from === dayStart ? '00:00' : zonedParts(new Date(from), zone).time;
    const toLocal = to === dayEnd ? '24:00' : zonedParts(new Date(to), zone).time;
    const handler = HANDLER_LABELS[span.handler] || span.handler;
    const whole = Date.parse(span.from) < dayStart || Date.parse(span.to) > dayEnd
      ? `Whole span: ${formatZoned(span.from, zone, { weekday: 'short', hour: '2-digit', minute: '2-digit' })} → ${formatZoned(span.to, zone, { weekday: 'short', hour: '2-digit', minute: '2-digit' })}`
      : null;
    const left = ((from - dayStart) / length) * 100;
    const width = ((to - from) / length) * 100;
    const tip = h('span', { class: `segment-tip${left + width / 2 > 60 ? ' tip-right' : ''}`, role: 'tooltip' },
      h('strong', {}, `${handler} ${fromLocal}–${toLocal}`),
      h('span', {}, 'Rule: ', h('code', {}, span.rule ?? '')),
      span.label ? h('span', { 'data-test': 'segment-label' }, span.label) : null,
      whole ? h('span', { class: 'muted' }, whole) : null);
    const el = h('div', {
      class: `segment segment-${span.handler}`, tabindex: 0, 'data-test': 'timeline-segment',
      'data-handler': span.handler, 'data-rule': span.rule ?? '', 'data-label': span.label ?? '',
      'data-from': span.from, 'data-to': span.to, 'data-from-local': fromLocal, 'data-to-local': toLocal,
      'aria-label': `${handler} ${fromLocal} to ${toLocal}, rule ${span.rule ?? ''}${span.label ? `, ${span.label}` : ''}`,
    },
    h('span', { class: 'segment-text' }, `${handler} ${fromLocal}–${toLocal}${span.label ? ` · ${span.label}` : ''}`),
    tip);
    el.style.left = `${left}%`;
    el.style.width = `${width}%`;
    return el;
  }

  // ---- decision tester ----------------------------------------------------------------------------
  const decideError = problemBox('decide-error');
  const decideAt = h('input', { id: 'decide-at', name: 'at', type: 'datetime-local', step: 60, 'data-test': 'decide-at', required: true });
  const decideInstant = h('span', { id: 'decide-instant', class: 'field-hint', 'data-test': 'decide-instant' });
  const decideResult = h('div', { id: 'decide-result', class: 'decide-result', role: 'status', 'aria-live': 'polite', 'data-test': 'decide-result', hidden: true });
  const decideForm = h('form', { id: 'decide-form', novalidate: true, 'data-test': 'decide-form' },
    h('div', { class: 'decide-fields' },
      h('label', { class: 'field' }, h('span', { class: 'field-label', id: 'decide-at-label' }, 'Local date and time'), decideAt, decideInstant),
      field('Campaign', h('input', {
        id: 'decide-campaign', name: 'campaign', 'data-test': 'decide-campaign', list: 'routing-campaigns', autocomplete: 'off',
        spellcheck: 'false', placeholder: 'tenant default', maxlength: 64,
      })),
      field('Waited (seconds)', h('input', { id: 'decide-waited', name: 'waitedSeconds', type: 'number', min: 0, step: 1, value: '0', 'data-test': 'decide-waited' })),
      h('label', { class: 'checkbox decide-available' }, h('input', {
        type: 'checkbox', id: 'decide-available', name: 'inHouseAvailable', checked: true, 'data-test': 'decide-available',
      }), 'An in-house agent is available')),
    decideError,
    h('button', { type: 'submit', id: 'decide-submit', 'data-test': 'decide-submit' }, 'Decide'));

  /** The instant of the typed local date-time in the tenant's zone, or null. */
  function typedInstant() {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(decideAt.value);
    if (!match || !isDate(match[1])) return null;
    return zonedInstant(match[1], match[2], zone);
  }

  function showTypedInstant() {
    const at = typedInstant();
    replace(decideInstant, at ? `${zone} time; asked as ${isoInstant(at)} (UTC)` : `${zone} time`);
  }
  decideAt.addEventListener('input', showTypedInstant);

  decideForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(decideError, decideForm);
    const control = (name) => decideForm.elements.namedItem(name);
    const at = typedInstant();
    if (!at) {
      showProblem(decideError, { title: 'Invalid input', detail: `Give a date and time, local to ${zone}.`, field: 'at' }, decideForm);
      return;
    }
    const waited = control('waitedSeconds').value.trim();
    if (waited !== '' && !/^\d+$/.test(waited)) {
      showProblem(decideError, { title: 'Invalid input', detail: 'Give the seconds waited as a whole number (0 for none).', field: 'waitedSeconds' }, decideForm);
      return;
    }
    const question = {
      at: isoInstant(at),
      campaign: control('campaign').value.trim(),
      inHouseAvailable: control('inHouseAvailable').checked,
      waitedSeconds: waited || 0,
    };
    decideResult.setAttribute('data-loaded', 'false');
    try {
      const decision = await busy(decideForm, () => api('GET', `${base}/decision${query(question)}`));
      if (signal.aborted) return;
      showDecision(decision, question, at);
    } catch (err) {
      if (signal.aborted) return;
      decideResult.hidden = true;
      showProblem(decideError, err, decideForm);
    }
  });

  function showDecision(decision, question, at) {
    const handler = decision.handler;
    decideResult.setAttribute('data-handler', handler ?? '');
    decideResult.setAttribute('data-rule', decision.rule ?? '');
    decideResult.setAttribute('data-at', question.at);
    decideResult.className = `decide-result decide-${handler}`;
    replace(decideResult,
      h('p', { class: 'decide-headline' },
        h('span', { class: `handler handler-${handler}`, 'data-test': 'decide-handler' }, HANDLER_LABELS[handler] || handler),
        ' handles ', question.campaign ? ['campaign ', h('code', {}, question.campaign)] : 'the tenant\'s work', ' at ',
        h('time', { datetime: question.at, 'data-test': 'decide-local-time' },
          formatZoned(at, zone, { dateStyle: 'full', timeStyle: 'short' })),
        h('span', { class: 'muted' }, ` (${zone}, ${zoneOffsetName(at, zone)})`)),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Rule'), h('dd', {}, h('code', { 'data-test': 'decide-rule' }, decision.rule ?? '')),
        h('dt', {}, 'Explanation'), h('dd', { 'data-test': 'decide-explanation' }, decision.explanation ?? ''),
        decision.calendar ? [
          h('dt', {}, 'Calendar'),
          h('dd', { 'data-test': 'decide-calendar' },
            decision.calendar.open ? 'open' : 'closed', ' · ', h('code', {}, decision.calendar.rule ?? ''),
            decision.calendar.localTime ? ` · local time ${String(decision.calendar.localTime).replace('T', ' ')}` : ''),
        ] : null,
        h('dt', {}, 'Asked'), h('dd', { class: 'small' },
          `at=${question.at} · inHouseAvailable=${question.inHouseAvailable} · waitedSeconds=${question.waitedSeconds}`)));
    decideResult.hidden = false;
    decideResult.setAttribute('data-loaded', 'true');
    decideResult.scrollIntoView({ block: 'nearest' });
  }

  // ---- page ---------------------------------------------------------------------------------------
  const picker = agencyAdmin ? ownerPicker({
    id: 'routing-tenant-select', current: tenant, signal,
    onPick: (value) => ctx.navigate(`#/routing/${seg(value)}`),
  }) : null;
  const zoneNote = h('span', { id: 'routing-zone', class: 'muted', 'data-test': 'routing-zone' });

  replace(main, h('section', { id: 'routing-page', class: 'page', 'data-test': 'routing-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' },
      h('div', {},
        h('h1', { id: 'routing-title', 'data-test': 'routing-title' }, `Routing of ${tenant}`),
        zoneNote),
      h('div', { class: 'head-tools' },
        h('a', { class: 'button-link', id: 'routing-calendar-link', 'data-test': 'routing-calendar-link', href: `#/calendar/${seg(tenant)}` }, 'Calendar'),
        picker ? field('Show routing of', picker) : null)),
    pageError,
    content));

  content.append(
    campaignsList,
    h('section', { class: 'card', id: 'timeline-card', 'data-test': 'timeline-card' },
      h('div', { class: 'page-head' }, weekTitle),
      weekForm,
      weekError,
      timeline,
      h('details', { class: 'spans-details' },
        h('summary', {}, 'The same as a list'),
        h('div', { class: 'table-wrap' }, h('table', { id: 'spans-table', 'data-test': 'spans-table' },
          h('thead', {}, h('tr', {}, ['From', 'To', 'Handler', 'Rule', 'Label'].map((t) => h('th', {}, t)))),
          spansBody)))),
    h('div', { class: 'routing-bottom' },
      h('section', { class: 'card', id: 'policy-card', 'data-test': 'policy-card' },
        h('h2', {}, 'Policy in force'),
        inForce,
        policiesError, policiesMessage,
        h('div', { class: 'table-wrap' }, h('table', { id: 'policies-table', 'data-test': 'policies-table' },
          h('thead', {}, h('tr', {}, ['Applies to', 'Mode', 'Overflow after', 'When busy', 'Temporary', ''].map((t) => h('th', {}, t)))),
          policiesBody)),
        canManage ? policyForm : null),
      h('section', { class: 'card', id: 'decide-card', 'data-test': 'decide-card' },
        h('h2', {}, 'Who handles a call?'),
        h('p', { class: 'muted small' }, 'Asks the routing service for one instant, with the overflow inputs of a call.'),
        decideForm,
        decideResult)));

  (async () => {
    let calendar;
    try {
      [calendar] = await Promise.all([api('GET', `/calendars/${seg(tenant)}`), loadPolicies()]);
    } catch (err) {
      if (signal.aborted) return;
      showProblem(pageError, err);
      if (err.status === 403) {
        pageError.append(h('p', { 'data-test': 'refusal' }, `You may not view the routing of ${tenant}.`));
      }
      return;
    }
    if (signal.aborted) return;
    zone = calendar.zone || 'UTC';
    days = new Map((calendar.days || []).map((d) => [d.date, d]));
    main.querySelector('#routing-page').setAttribute('data-zone', zone);
    replace(zoneNote, `Times in ${zone} (${zoneOffsetName(new Date(), zone)}), the tenant's time zone`);
    const asked = (params.get('start') || '').trim();
    start = isDate(asked) ? mondayOf(asked) : mondayOf(todayIn(zone));
    weekDate.value = start;
    weekCampaign.value = campaign;
    decideForm.elements.namedItem('campaign').value = campaign;
    const now = zonedParts(new Date(), zone);
    decideAt.value = `${now.date}T${now.time}`;
    showTypedInstant();
    showInForce();
    content.hidden = false;
    remember();
    loadWeek();
  })();
}
