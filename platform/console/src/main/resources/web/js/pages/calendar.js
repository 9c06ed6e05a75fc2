// A business calendar, #/calendar/<owner> (owner: agency or a tenant's slug): its time zone, the weekly-hours
// versions with their effective dates, dated entries (holidays, special working days) with their source,
// imports (.ics file, public-holiday library) and the emergency switch. Every change answers the whole
// calendar, which is then shown again. Dates and times are the calendar's own (its zone), not the viewer's.

import { api, seg, query } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy,
} from '../dom.js';
import { AGENCY, ownerPicker } from '../owners.js';
import {
  WEEKDAYS, addDays, formatDate, formatIntervals, formatZoned, intervalsText, isDate, parseIntervals,
  todayIn, weekdayName, zoneOffsetName,
} from '../zoned.js';

const KIND_LABELS = { HOLIDAY: 'Holiday', SPECIAL_WORKING_DAY: 'Special working day' };
const MODE_LABELS = { CLOSED_NOW: 'Closed now', OPEN_NOW: 'Open now' };

export function renderCalendar(main, ctx, owner) {
  const { user, signal } = ctx;
  const agencyAdmin = user.role === 'AGENCY_ADMIN';
  const canManage = agencyAdmin || (user.role === 'TENANT_ADMIN' && user.tenantSlug === owner);
  const path = `/calendars/${seg(owner)}`;
  const ownerLabel = owner === AGENCY ? 'the agency' : owner;
  let calendar = null;
  let zone = 'UTC';
  let showPast = false;

  const pageError = problemBox('calendar-error');
  pageError.setAttribute('data-test', 'page-error');
  const content = h('div', { id: 'calendar-content', class: 'calendar-layout', 'data-test': 'calendar-content', hidden: true });

  /** Sends a change; the answer (the whole calendar) is shown. Problems go to the form's box. */
  async function change(form, box, call, message) {
    hideProblem(box, form);
    try {
      const answer = await busy(form, call);
      if (signal.aborted) return null;
      show(answer);
      if (message) showMessage(message.el, message.text(answer));
      return answer;
    } catch (err) {
      if (!signal.aborted) showProblem(box, err, form);
      return null;
    }
  }

  /** A problem found before sending, shown like the server's (naming the form control). */
  const invalid = (box, form, fieldName, detail) => showProblem(box, { title: 'Invalid input', detail, field: fieldName }, form);

  // ---- zone and emergency -------------------------------------------------------------------------
  const zoneFacts = h('dl', { id: 'calendar-zone', class: 'facts', 'data-test': 'calendar-zone' });
  const emergencyState = h('div', { id: 'emergency-state', class: 'emergency-state', 'data-test': 'emergency-state', role: 'status' });
  const emergencyError = problemBox('emergency-error');
  const emergencyMessage = h('p', { id: 'emergency-message', class: 'message', 'data-test': 'emergency-message', hidden: true });
  const emergencySet = h('button', { type: 'submit', id: 'emergency-set', class: 'danger', 'data-test': 'emergency-set' }, 'Set override');
  const emergencyForm = h('form', { id: 'emergency-form', class: 'emergency-form', novalidate: true, 'data-test': 'emergency-form' },
    h('div', { class: 'grid-2' },
      field('Override', h('select', { id: 'emergency-mode', name: 'mode', 'data-test': 'emergency-mode' },
        h('option', { value: 'CLOSED_NOW' }, owner === AGENCY ? 'Closed now' : 'Closed now (work goes to the agency)'),
        h('option', { value: 'OPEN_NOW' }, owner === AGENCY ? 'Open now' : 'Open now (in-house, whatever the hours say)'))),
      field('Reason', h('input', {
        id: 'emergency-reason', name: 'reason', 'data-test': 'emergency-reason', required: true, autocomplete: 'off',
        placeholder: 'e.g. typhoon: office closed', maxlength: 500,
      }), 'Required; kept with who set it and when.')),
    emergencyError,
    h('div', { class: 'button-row' },
      emergencySet));

  emergencyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    emergencyMessage.hidden = true;
    const mode = emergencyForm.elements.namedItem('mode').value;
    const reason = emergencyForm.elements.namedItem('reason').value.trim();
    if (!reason) {
      invalid(emergencyError, emergencyForm, 'reason', 'Say why, e.g. "typhoon: office closed"; the reason is kept with the override.');
      return;
    }
    const done = await change(emergencyForm, emergencyError, () => api('PUT', `${path}/emergency`, { mode, reason }),
      { el: emergencyMessage, text: () => `${MODE_LABELS[mode]} is in force until it is cleared.` });
    if (done) emergencyForm.elements.namedItem('reason').value = '';
  });

  async function clearEmergency(button) {
    hideProblem(emergencyError, emergencyForm);
    emergencyMessage.hidden = true;
    button.disabled = true;
    try {
      const answer = await api('DELETE', `${path}/emergency`);
      if (signal.aborted) return;
      show(answer);
      showMessage(emergencyMessage, 'Override cleared: the calendar\'s hours apply again.');
    } catch (err) {
      if (signal.aborted) return;
      button.disabled = false;
      showProblem(emergencyError, err);
    }
  }

  function showZoneAndEmergency() {
    const now = new Date();
    replace(zoneFacts,
      h('dt', {}, 'Time zone'),
      h('dd', { 'data-test': 'calendar-zone-id', 'data-zone': zone }, h('code', {}, zone), ' ', h('span', { class: 'muted' }, zoneOffsetName(now, zone))),
      h('dt', {}, 'Local time now'),
      h('dd', { 'data-test': 'calendar-local-now' }, formatZoned(now, zone, { dateStyle: 'full', timeStyle: 'short' })));

    const e = calendar.emergency;
    replace(emergencySet, e ? 'Replace override' : 'Set override');
    emergencyState.setAttribute('data-mode', e ? e.mode : 'NONE');
    emergencyState.className = `emergency-state ${e ? `emergency-${e.mode}` : 'emergency-none'}`;
    if (!e) {
      replace(emergencyState, h('p', { 'data-test': 'emergency-none' }, h('strong', {}, 'No override. '),
        'The weekly hours and dated entries decide when ', ownerLabel, ' is open.'));
      return;
    }
    replace(emergencyState,
      h('p', {},
        h('span', { class: `status status-${e.mode}`, 'data-test': 'emergency-mode-shown' }, MODE_LABELS[e.mode] || e.mode),
        ' wins over every other rule until it is cleared.'),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Set by'), h('dd', { 'data-test': 'emergency-set-by' }, e.setBy ?? ''),
        h('dt', {}, 'Reason'), h('dd', { 'data-test': 'emergency-reason-shown' }, e.reason ?? ''),
        h('dt', {}, 'Since'), h('dd', {},
          h('time', { datetime: e.since, title: e.since, 'data-test': 'emergency-since' }, formatZoned(e.since, zone)),
          ' ', h('span', { class: 'muted' }, `(${zone})`))),
      canManage ? h('button', {
        type: 'button', id: 'emergency-clear', class: 'secondary', 'data-test': 'emergency-clear',
        onclick: (event) => clearEmergency(event.currentTarget),
      }, 'Clear override') : null);
  }

  // ---- weekly hours -------------------------------------------------------------------------------
  const weeklyBody = h('tbody', { id: 'weekly-body', 'data-test': 'weekly-body' });
  const weeklyTable = h('table', { id: 'weekly-table', class: 'weekly-table', 'data-test': 'weekly-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Effective from'), WEEKDAYS.map((d) => h('th', { title: weekdayName(d, 'long') }, weekdayName(d))))),
    weeklyBody);
  const weeklyError = problemBox('weekly-error');
  const weeklyMessage = h('p', { id: 'weekly-message', class: 'message', 'data-test': 'weekly-message', hidden: true });
  const weeklyZone = h('code', { 'data-test': 'weekly-zone' });
  const weeklyFrom = h('input', { id: 'weekly-from', name: 'effectiveFrom', type: 'date', 'data-test': 'weekly-from', required: true });
  const weeklyInputs = Object.fromEntries(WEEKDAYS.map((d) => [d, h('input', {
    id: `weekly-${d}`, name: `days.${d}`, 'data-test': 'weekly-input', 'data-day': d, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'closed',
  })]));
  const weeklyForm = h('form', { id: 'weekly-form', class: 'subform', novalidate: true, 'data-test': 'weekly-form' },
    h('h3', {}, 'Schedule new weekly hours'),
    h('p', { class: 'muted small' }, 'From the date given (today or later, in ', weeklyZone, '\u00a0time) until the next version. ',
      'Earlier dates keep the hours that were in force. Intervals like ', h('code', {}, '09:00-12:00, 13:00-18:00'),
      '; empty means closed; an end before the start runs past midnight.'),
    field('Effective from', weeklyFrom),
    h('div', { class: 'weekly-inputs' },
      WEEKDAYS.map((d) => h('label', { class: 'weekday-input' },
        h('span', { class: 'field-label' }, weekdayName(d, 'long')), weeklyInputs[d]))),
    weeklyError, weeklyMessage,
    h('button', { type: 'submit', id: 'weekly-save', 'data-test': 'weekly-save' }, 'Schedule hours'));

  weeklyForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    weeklyMessage.hidden = true;
    const effectiveFrom = weeklyFrom.value.trim();
    if (!isDate(effectiveFrom)) {
      invalid(weeklyError, weeklyForm, 'effectiveFrom', 'Give the date from which these hours apply.');
      return;
    }
    const days = {};
    for (const d of WEEKDAYS) {
      try {
        const intervals = parseIntervals(weeklyInputs[d].value);
        if (intervals.length) days[d] = intervals;
      } catch (err) {
        invalid(weeklyError, weeklyForm, `days.${d}`, `${weekdayName(d, 'long')}: ${err.message}.`);
        return;
      }
    }
    await change(weeklyForm, weeklyError, () => api('PUT', `${path}/weekly`, { effectiveFrom, days }),
      { el: weeklyMessage, text: () => `Hours from ${formatDate(effectiveFrom)} saved.` });
  });

  function showWeekly(prefill) {
    const today = todayIn(zone);
    const versions = [...calendar.weekly].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    const inForce = versions.filter((v) => v.effectiveFrom <= today).pop();
    replace(weeklyBody, versions.length ? versions.map((v) => {
      const state = v === inForce ? 'current' : v.effectiveFrom > today ? 'future' : 'past';
      return h('tr', { class: `weekly-${state}`, 'data-test': 'weekly-version', 'data-effective-from': v.effectiveFrom, 'data-state': state },
        h('th', { scope: 'row', class: 'nowrap' }, formatDate(v.effectiveFrom),
          h('br'), h('span', { class: `badge badge-${state}` }, { current: 'in force', future: 'scheduled', past: 'earlier' }[state])),
        WEEKDAYS.map((d) => {
          const intervals = v.days?.[d] || [];
          return h('td', { class: intervals.length ? 'open-cell' : 'closed-cell', 'data-test': 'weekly-cell', 'data-day': d },
            intervals.length ? intervals.map((i) => h('div', { class: 'interval' }, formatIntervals([i]))) : h('span', { class: 'muted' }, 'closed'));
        }));
    }) : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No weekly hours: closed every day.')));

    weeklyFrom.min = today;
    replace(weeklyZone, zone);
    if (prefill) {
      const latest = versions[versions.length - 1];
      weeklyFrom.value = addDays(today, 1);
      for (const d of WEEKDAYS) weeklyInputs[d].value = intervalsText(latest?.days?.[d] || []);
    }
  }

  // ---- dated entries ------------------------------------------------------------------------------
  const daysBody = h('tbody', { id: 'days-body', 'data-test': 'days-body' });
  const daysTable = h('table', { id: 'days-table', 'data-test': 'days-table' },
    h('thead', {}, h('tr', {}, ['Date', 'Kind', 'Name', 'Hours', 'Source', ''].map((t) => h('th', {}, t)))),
    daysBody);
  const daysError = problemBox('days-error');
  const dayFormError = problemBox('day-form-error');
  const daysMessage = h('p', { id: 'days-message', class: 'message', role: 'status', 'data-test': 'days-message', hidden: true });
  const pastToggle = h('input', {
    type: 'checkbox', id: 'days-show-past', 'data-test': 'days-show-past',
    onchange: (event) => { showPast = event.target.checked; showDays(); },
  });
  const pastLabel = h('label', { class: 'checkbox small' }, pastToggle, h('span', { id: 'days-past-label' }, 'Show earlier entries'));

  async function removeDay(entry, button) {
    hideProblem(daysError);
    daysMessage.hidden = true;
    button.disabled = true;
    try {
      const answer = await api('DELETE', `${path}/days/${seg(entry.date)}`);
      if (signal.aborted) return;
      show(answer);
      showMessage(daysMessage, `${KIND_LABELS[entry.kind] || entry.kind} ${entry.name} on ${formatDate(entry.date)} removed.`);
    } catch (err) {
      if (signal.aborted) return;
      button.disabled = false;
      showProblem(daysError, err);
    }
  }

  function showDays() {
    const today = todayIn(zone);
    const all = [...calendar.days].sort((a, b) => a.date.localeCompare(b.date));
    const earlier = all.filter((d) => d.date < today).length;
    const shown = showPast ? all : all.filter((d) => d.date >= today);
    replace(pastLabel.querySelector('#days-past-label'), `Show earlier entries (${earlier})`);
    replace(daysBody, shown.length ? shown.map((entry) => h('tr', {
      class: entry.date < today ? 'past' : null, 'data-test': 'day-row', 'data-date': entry.date, 'data-kind': entry.kind,
      'data-source': entry.source ?? '',
    },
    h('td', { class: 'nowrap', 'data-test': 'day-date' }, formatDate(entry.date)),
    h('td', {}, h('span', { class: `kind-badge kind-${entry.kind}`, 'data-test': 'day-kind' }, KIND_LABELS[entry.kind] || entry.kind)),
    h('td', { 'data-test': 'day-name' }, entry.name ?? ''),
    h('td', { 'data-test': 'day-hours' }, dayHours(entry)),
    h('td', { class: 'small', 'data-test': 'day-source' }, h('code', {}, entry.source ?? 'manual')),
    h('td', { class: 'actions' }, canManage ? h('button', {
      type: 'button', class: 'danger', 'data-test': 'day-remove', title: `Remove ${entry.name} on ${entry.date}`,
      onclick: (event) => removeDay(entry, event.currentTarget),
    }, 'Remove') : null)))
      : h('tr', { 'data-test': 'days-empty' }, h('td', { colspan: 6, class: 'muted' },
        all.length ? 'No entries from today on.' : 'No holidays or special working days yet.')));
  }

  const dayKind = h('select', { id: 'day-kind', name: 'days[0].kind', 'data-test': 'day-kind-select', onchange: () => syncKind() },
    Object.entries(KIND_LABELS).map(([value, label]) => h('option', { value }, label)));
  const dayHoursHint = h('span', { class: 'field-hint' });
  const dayForm = h('form', { id: 'day-form', class: 'subform', novalidate: true, 'data-test': 'day-form' },
    h('h3', {}, 'Add a holiday or special working day'),
    field('Date', h('input', { id: 'day-date', name: 'days[0].date', type: 'date', 'data-test': 'day-date-input', required: true })),
    field('Kind', dayKind),
    field('Name', h('input', { id: 'day-name', name: 'days[0].name', 'data-test': 'day-name-input', autocomplete: 'off', maxlength: 200, placeholder: 'e.g. Spring Festival' })),
    h('label', { class: 'field' },
      h('span', { class: 'field-label' }, 'Hours'),
      h('input', { id: 'day-hours', name: 'days[0].openHours', 'data-test': 'day-hours-input', autocomplete: 'off', spellcheck: 'false', placeholder: '09:00-18:00' }),
      dayHoursHint),
    dayFormError,
    h('button', { type: 'submit', id: 'day-add', 'data-test': 'day-add' }, 'Add entry'));

  function syncKind() {
    replace(dayHoursHint, dayKind.value === 'HOLIDAY'
      ? 'Empty: closed all day. With hours: a partial holiday, open only then.'
      : 'Required: a rest day worked (e.g. a make-up workday), open during these hours.');
  }
  syncKind();

  dayForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    daysMessage.hidden = true;
    const control = (name) => dayForm.elements.namedItem(name);
    const date = control('days[0].date').value.trim();
    const kind = dayKind.value;
    const name = control('days[0].name').value.trim();
    if (!isDate(date)) {
      invalid(dayFormError, dayForm, 'days[0].date', 'Choose the date of the entry.');
      return;
    }
    let openHours;
    try {
      openHours = parseIntervals(control('days[0].openHours').value);
    } catch (err) {
      invalid(dayFormError, dayForm, 'days[0].openHours', `${err.message}.`);
      return;
    }
    const entry = { date, kind, name, openHours, source: 'manual' };
    const replaced = calendar.days.find((d) => d.date === date);
    hideProblem(daysError);
    const done = await change(dayForm, dayFormError, () => api('PUT', `${path}/days`, [entry]), {
      el: daysMessage,
      text: () => `${KIND_LABELS[kind]} ${name} on ${formatDate(date)} ${replaced ? `replaces ${replaced.name}` : 'added'}.`,
    });
    if (done) {
      control('days[0].name').value = '';
      control('days[0].openHours').value = '';
      if (date < todayIn(zone) && !showPast) pastToggle.click();
    }
  });

  // ---- imports ------------------------------------------------------------------------------------
  const icsError = problemBox('ics-error');
  const icsMessage = h('p', { id: 'ics-message', class: 'message', role: 'status', 'data-test': 'ics-message', hidden: true });
  const icsFile = h('input', { id: 'ics-file', name: 'file', type: 'file', accept: '.ics,text/calendar', 'data-test': 'ics-file' });
  const icsForm = h('form', { id: 'ics-form', class: 'subform', novalidate: true, 'data-test': 'ics-form' },
    h('h3', {}, 'Import an iCalendar file'),
    h('p', { class: 'muted small' }, 'All-day events become holidays with the source ', h('code', {}, 'ics:<file name>'),
      '; they stay editable. An entry on the same date is replaced.'),
    field('.ics file', icsFile),
    icsError, icsMessage,
    h('button', { type: 'submit', id: 'ics-import', 'data-test': 'ics-import' }, 'Import file'));

  icsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    icsMessage.hidden = true;
    const file = icsFile.files?.[0];
    if (!file) {
      invalid(icsError, icsForm, 'file', 'Choose an .ics file to import.');
      return;
    }
    const source = `ics:${file.name}`;
    const done = await change(icsForm, icsError,
      () => api('POST', `${path}/import/ics${query({ fileName: file.name })}`, file, { contentType: 'text/calendar' }),
      { el: icsMessage, text: (cal) => `${file.name} imported: the calendar holds ${entries(countFrom(cal, source))} from it.` });
    if (done) icsFile.value = '';
  });

  const holidaysError = problemBox('holidays-error');
  const holidaysMessage = h('p', { id: 'holidays-message', class: 'message', role: 'status', 'data-test': 'holidays-message', hidden: true });
  const holidaysForm = h('form', { id: 'holidays-form', class: 'subform', novalidate: true, 'data-test': 'holidays-form' },
    h('h3', {}, 'Import public holidays'),
    h('p', { class: 'muted small' }, 'From the maintained holiday library, with official make-up working days where it knows them.'),
    h('div', { class: 'grid-3' },
      field('Country', h('input', {
        id: 'holidays-country', name: 'country', 'data-test': 'holidays-country', maxlength: 2, autocomplete: 'off',
        spellcheck: 'false', placeholder: 'CN', class: 'upper',
      }), 'ISO code: CN, US, GB…'),
      field('Region', h('input', { id: 'holidays-region', name: 'region', 'data-test': 'holidays-region', autocomplete: 'off', spellcheck: 'false' }), 'Optional'),
      field('Year', h('input', { id: 'holidays-year', name: 'year', type: 'number', min: 2000, max: 2100, 'data-test': 'holidays-year' }))),
    holidaysError, holidaysMessage,
    h('button', { type: 'submit', id: 'holidays-import', 'data-test': 'holidays-import' }, 'Import holidays'));

  holidaysForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    holidaysMessage.hidden = true;
    const control = (name) => holidaysForm.elements.namedItem(name);
    const country = control('country').value.trim().toUpperCase();
    const region = control('region').value.trim();
    const year = Number.parseInt(control('year').value, 10);
    if (!/^[A-Z]{2}$/.test(country)) {
      invalid(holidaysError, holidaysForm, 'country', 'Give the two-letter ISO 3166 code of the country, such as CN, US or GB.');
      return;
    }
    if (!Number.isInteger(year)) {
      invalid(holidaysError, holidaysForm, 'year', 'Give the year to import, e.g. 2026.');
      return;
    }
    await change(holidaysForm, holidaysError,
      () => api('POST', `${path}/import/holidays`, { country, region: region || null, year }),
      {
        el: holidaysMessage,
        text: (cal) => `Public holidays of ${country}${region ? `-${region}` : ''} ${year} imported: `
          + `${entries(cal.days.filter((d) => d.date.startsWith(`${year}-`) && (d.source || '').startsWith(`holidays:${country}`)).length)} in ${year}.`,
      });
  });

  // ---- changes ------------------------------------------------------------------------------------
  const revisionsBody = h('tbody', { id: 'revisions-body', 'data-test': 'revisions-body' });
  const revisionsError = problemBox('revisions-error');

  async function loadRevisions() {
    try {
      const revisions = await api('GET', `${path}/revisions${query({ limit: 10 })}`);
      if (signal.aborted) return;
      hideProblem(revisionsError);
      replace(revisionsBody, revisions.length ? revisions.map((r) => h('tr', { 'data-test': 'revision-row', 'data-revision': r.revision },
        h('td', {}, r.revision),
        h('td', { class: 'nowrap' }, h('time', { datetime: r.changedAt, title: r.changedAt }, formatZoned(r.changedAt, zone))),
        h('td', {}, r.changedBy ?? ''),
        h('td', { class: 'wrap' }, r.note ?? '')))
        : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'Never changed: these are the default hours.')));
    } catch (err) {
      if (!signal.aborted) showProblem(revisionsError, err);
    }
  }

  // ---- page ---------------------------------------------------------------------------------------
  function show(answer, { prefill = false } = {}) {
    const first = calendar === null;
    const weeklyChanged = !first && JSON.stringify(answer.weekly) !== JSON.stringify(calendar.weekly);
    calendar = answer;
    zone = answer.zone || 'UTC';
    main.querySelector('#calendar-page')?.setAttribute('data-zone', zone);
    showZoneAndEmergency();
    showWeekly(prefill || first || weeklyChanged);
    showDays();
    content.setAttribute('data-loaded', 'true');
    loadRevisions();
  }

  const picker = agencyAdmin ? ownerPicker({
    id: 'calendar-owner-select', current: owner, agency: true, signal,
    onPick: (value) => ctx.navigate(`#/calendar/${seg(value)}`),
  }) : null;

  replace(main, h('section', { id: 'calendar-page', class: 'page', 'data-test': 'calendar-page', 'data-owner': owner },
    h('div', { class: 'page-head' },
      h('h1', { id: 'calendar-title', 'data-test': 'calendar-title' }, owner === AGENCY ? 'Agency calendar' : `Calendar of ${owner}`),
      h('div', { class: 'head-tools' },
        owner !== AGENCY ? h('a', { class: 'button-link', id: 'calendar-routing-link', 'data-test': 'calendar-routing-link', href: `#/routing/${seg(owner)}` }, 'Routing timeline') : null,
        picker ? field('Show calendar of', picker) : null)),
    pageError,
    content));

  content.append(
    h('div', { class: 'calendar-top' },
      h('section', { class: 'card', id: 'zone-card' }, h('h2', {}, 'Time zone'), zoneFacts,
        h('p', { class: 'muted small' }, 'All dates and hours on this page are local to this zone.')),
      h('section', { class: 'card', id: 'emergency-card', 'data-test': 'emergency-card' },
        h('h2', {}, 'Emergency switch'), emergencyState, emergencyMessage, canManage ? emergencyForm : null)),
    h('section', { class: 'card', id: 'weekly-card', 'data-test': 'weekly-card' },
      h('h2', {}, 'Weekly hours'),
      h('div', { class: 'table-wrap' }, weeklyTable),
      canManage ? weeklyForm : null),
    h('section', { class: 'card', id: 'days-card', 'data-test': 'days-card' },
      h('div', { class: 'page-head' }, h('h2', {}, 'Holidays and special working days'), pastLabel),
      h('div', { class: canManage ? 'days-layout' : 'days-layout single' },
        h('div', {}, daysError, daysMessage, h('div', { class: 'table-wrap' }, daysTable)),
        canManage ? dayForm : null)),
    canManage ? h('section', { class: 'card', id: 'import-card', 'data-test': 'import-card' },
      h('h2', {}, 'Import'),
      h('div', { class: 'import-layout' }, icsForm, holidaysForm)) : null,
    h('section', { class: 'card', id: 'revisions-card', 'data-test': 'revisions-card' },
      h('h2', {}, 'Recent changes'),
      revisionsError,
      h('div', { class: 'table-wrap' }, h('table', { id: 'revisions-table', 'data-test': 'revisions-table' },
        h('thead', {}, h('tr', {}, ['Revision', 'When', 'By', 'Change'].map((t) => h('th', {}, t)))),
        revisionsBody))));

  (async () => {
    try {
      const answer = await api('GET', path);
      if (signal.aborted) return;
      holidaysForm.elements.namedItem('year').value = String(Number(todayIn(answer.zone || 'UTC').slice(0, 4)));
      show(answer, { prefill: true });
      content.hidden = false;
    } catch (err) {
      if (signal.aborted) return;
      showProblem(pageError, err);
      if (err.status === 403) {
        pageError.append(h('p', { 'data-test': 'refusal' }, `You may not view the calendar of ${ownerLabel}.`));
      }
    }
  })();
}

/** What a dated entry means for the hours of its day. */
function dayHours(entry) {
  const hours = formatIntervals(entry.openHours);
  if (entry.kind === 'SPECIAL_WORKING_DAY') return hours ? `open ${hours}` : 'open (no hours given)';
  return hours ? `open ${hours} only` : h('span', { class: 'muted' }, 'closed all day');
}

const entries = (n) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** How many entries of a calendar came from a source. */
const countFrom = (calendar, source) => calendar.days.filter((d) => d.source === source).length;
