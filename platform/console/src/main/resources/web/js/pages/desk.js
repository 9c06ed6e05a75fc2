// The agent desktop (issue 6): join a campaign being dialled (at the softphone, or as a remote agent at their own
// phone), go ready, pause with a reason, leave. When the
// dialer connects a call (or reserves the agent for a previewed contact) the screen pops: the contact's card
// (history, disposition keys, callbacks) and the campaign's live script. After the call the agent presses a
// disposition key during wrap-up and goes ready again (or wrap-up ends on its own). On a call the agent holds and
// resumes it, transfers it to a ready colleague of the campaign or an outside number (at once, or after talking to
// them while the caller holds), or adds an outside number.

import { api, query, seg } from '../api.js';
import { h, replace, problemBox, showProblem, hideProblem, timeEl } from '../dom.js';
import { renderContact } from './contact.js';

/** After a failed request for the desk, the next try comes this much later. */
const RETRY_MS = 2000;
const PAUSE_REASONS = ['Break', 'Lunch', 'Coaching', 'Meeting', 'Technical problem'];

export function renderDesk(main, ctx, tenant) {
  const { signal } = ctx;
  const base = `/tenants/${seg(tenant)}/dialing/desk`;
  const error = problemBox('desk-error');
  const status = h('div', { id: 'desk-status', class: 'card', 'data-test': 'desk-status', 'data-state': 'LOGGED_OUT' });
  const controls = h('div', { class: 'button-row', id: 'desk-controls' });
  const screen = h('div', { id: 'desk-screen', 'data-test': 'desk-screen' });
  let shownContact = null;
  let shownState = null;
  let version = null; // of the desk on screen: the server answers the next request when the desk moves on from it

  replace(main, h('section', { id: 'desk-page', class: 'page', 'data-test': 'desk-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' }, h('h1', {}, 'Agent desk')), error, status, controls, screen));
  follow();

  /**
   * The desk, then each of its changes as it happens: the server holds the request until the desk moves on from the
   * version on screen (or 25 s pass), so a call pops up at once without polling.
   */
  async function follow() {
    let lost = false;
    while (!signal.aborted) {
      try {
        const desk = await api('GET', version == null ? base : `${base}/next${query({ after: version })}`, undefined, { signal });
        if (signal.aborted) return;
        if (lost) hideProblem(error);
        lost = false;
        show(desk);
      } catch (err) {
        if (signal.aborted) return;
        lost = true;
        showProblem(error, err);
        version = null; // start again from the desk as it is
        await new Promise((resolve) => { setTimeout(resolve, RETRY_MS); });
      }
    }
  }

  async function move(path, body) {
    hideProblem(error);
    try {
      show(await api('POST', `${base}/${path}`, body));
    } catch (err) {
      showProblem(error, err);
    }
  }

  function show(desk) {
    version = desk.version;
    const state = `${desk.state}|${desk.campaignKey}|${desk.pauseReason}|${desk.since}|${desk.onHold}|${desk.consulting}`;
    if (state !== shownState) { // controls are rebuilt only when something changed, not at every poll
      shownState = state;
      showState(desk);
    }
    const contact = desk.contactId && ['RESERVED', 'ON_CALL', 'WRAP_UP'].includes(desk.state) ? String(desk.contactId) : null;
    const unknown = !contact && desk.callerNumber ? `caller:${desk.callerNumber}` : null;
    if ((contact || unknown) !== shownContact) {
      shownContact = contact || unknown;
      screen.setAttribute('data-contact', contact || '');
      if (contact) popScreen(desk);
      else if (unknown) showUnknownCaller(desk);
      else replace(screen, desk.state === 'READY' ? h('p', { class: 'muted', 'data-test': 'desk-waiting' }, 'Waiting for the next call…') : null);
    }
  }

  function showState(desk) {
    status.setAttribute('data-state', desk.state);
    status.setAttribute('data-campaign', desk.campaignKey || '');
    status.setAttribute('data-hold', String(!!desk.onHold));
    replace(status, desk.campaignKey
      ? [h('strong', { 'data-test': 'desk-state' }, desk.state), desk.onHold ? [' ', h('span', { class: 'badge', 'data-test': 'desk-on-hold' }, 'on hold')] : null,
        ' in ', h('code', {}, desk.campaignKey), desk.remotePhone ? [' at ', h('span', { 'data-test': 'desk-remote' }, desk.remotePhone)] : null,
        desk.pauseReason ? ` (${desk.pauseReason})` : null, desk.since ? [' since ', timeEl(desk.since, 'desk-since')] : null]
      : h('span', { 'data-test': 'desk-state' }, 'Not working a campaign'));
    if (!desk.campaignKey) {
      showJoin();
    } else {
      const reason = h('select', { 'data-test': 'desk-pause-reason' }, PAUSE_REASONS.map((r) => h('option', { value: r }, r)));
      replace(controls,
        ['PAUSED', 'WRAP_UP'].includes(desk.state)
          ? h('button', { type: 'button', 'data-test': 'desk-ready', onclick: () => move('ready') }, 'Ready') : null,
        ['READY', 'WRAP_UP'].includes(desk.state) ? [reason,
          h('button', { type: 'button', class: 'secondary', 'data-test': 'desk-pause', onclick: () => move('pause', { reason: reason.value }) }, 'Pause')] : null,
        desk.state === 'ON_CALL' ? callControls(desk) : null,
        h('button', { type: 'button', class: 'secondary', 'data-test': 'desk-leave', onclick: () => move('leave') }, 'Leave campaign'));
    }
  }

  /**
   * Hold or resume; transfer to a colleague (user name) or an outside number, at once or after consulting them while
   * the caller holds; add an outside number.
   */
  function callControls(desk) {
    if (desk.consulting) {
      return [
        h('span', { 'data-test': 'desk-consulting' }, 'Talking to ', h('strong', {}, desk.consulting), ' while the caller holds'),
        h('button', { type: 'button', 'data-test': 'desk-complete-transfer', onclick: () => move('transfer', { target: desk.consulting }) },
          'Complete transfer'),
        h('button', { type: 'button', class: 'secondary', 'data-test': 'desk-back-to-caller', onclick: () => move('resume') }, 'Back to caller'),
      ];
    }
    const target = h('input', {
      type: 'text', 'data-test': 'desk-call-target', placeholder: 'colleague, +number or queue:name', 'aria-label': 'Transfer or conference to',
    });
    const to = () => ({ target: target.value.trim() });
    return [
      desk.onHold
        ? h('button', { type: 'button', 'data-test': 'desk-resume', onclick: () => move('resume') }, 'Resume')
        : h('button', { type: 'button', class: 'secondary', 'data-test': 'desk-hold', onclick: () => move('hold') }, 'Hold'),
      target,
      h('button', { type: 'button', class: 'secondary', 'data-test': 'desk-transfer', onclick: () => move('transfer', to()) }, 'Transfer'),
      h('button', { type: 'button', class: 'secondary', 'data-test': 'desk-consult', onclick: () => move('consult', to()) }, 'Consult first'),
      h('button', { type: 'button', class: 'secondary', 'data-test': 'desk-conference', onclick: () => move('conference', to()) }, 'Add to call'),
    ];
  }

  /** An inbound caller whose number matches no contact: the agent asks their name and records them as a contact. */
  function showUnknownCaller(desk) {
    const name = h('input', { type: 'text', name: 'name', 'data-test': 'desk-caller-name', placeholder: "caller's name", 'aria-label': "Caller's name" });
    replace(screen, h('div', { class: 'card', 'data-test': 'desk-unknown-caller' },
      h('h2', {}, 'Unknown caller ', h('code', {}, desk.callerNumber)),
      h('p', { class: 'muted' }, 'No contact has this number. Ask the caller\'s name and save them as a contact of the campaign to see their card.'),
      h('div', { class: 'button-row' }, name,
        h('button', { type: 'button', 'data-test': 'desk-caller-save', onclick: () => move('identify', { name: name.value.trim() }) }, 'Save as contact'))));
  }

  /** The screen pop: the campaign's live script beside the contact's card. */
  function popScreen(desk) {
    const card = h('div', { id: 'desk-contact', 'data-test': 'desk-contact' });
    const script = h('aside', { class: 'card', id: 'desk-script', 'data-test': 'desk-script' });
    replace(screen, h('div', { class: 'columns' }, card, script));
    renderContact(card, ctx, tenant, desk.contactId);
    loadScript(desk.campaignKey, script);
  }

  async function loadScript(campaignKey, box) {
    try {
      const campaign = await api('GET', `/tenants/${seg(tenant)}/campaigns/${seg(campaignKey)}`);
      if (!campaign.scriptKey) {
        replace(box, h('p', { class: 'muted' }, 'This campaign has no script.'));
        return;
      }
      const live = await api('GET', `/tenants/${seg(tenant)}/scripts/${seg(campaign.scriptKey)}/live`);
      const c = live.content;
      replace(box, h('h2', {}, `Script ${live.key} v${live.version}`),
        h('h3', {}, 'Opening'), h('p', { class: 'wrap', 'data-test': 'desk-script-opening' }, c.opening),
        c.interaction.length ? [h('h3', {}, 'Questions and objections'), h('dl', {}, c.interaction.flatMap((i) => [
          h('dt', {}, `${i.kind === 'OBJECTION' ? 'Objection' : 'Question'}: ${i.prompt}`), h('dd', { class: 'wrap' }, i.answer)]))] : null,
        h('h3', {}, 'Close'), h('p', { class: 'wrap' }, c.close));
    } catch (err) {
      replace(box, h('p', { class: 'muted' }, err.status === 404 ? 'No live script yet.' : err.detail || err.title));
    }
  }

  async function showJoin() {
    try {
      const page = await api('GET', `/tenants/${seg(tenant)}/campaigns${query({ state: 'ACTIVE', size: 100 })}`);
      const select = h('select', { 'data-test': 'desk-campaign' }, page.items.map((c) => h('option', { value: c.key }, `${c.name} (${c.key})`)));
      const remote = h('input', {
        type: 'tel', 'data-test': 'desk-remote-phone', placeholder: 'remote: your phone (+…), or empty', 'aria-label': 'Remote phone',
      });
      replace(controls, select, remote, h('button', {
        type: 'button', 'data-test': 'desk-join',
        onclick: () => move(`join${query({ campaign: select.value, remotePhone: remote.value.trim() || undefined })}`),
      }, 'Join'));
    } catch (err) {
      showProblem(error, err);
    }
  }
}
