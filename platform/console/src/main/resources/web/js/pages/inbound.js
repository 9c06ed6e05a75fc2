// Inbound calls of a tenant (issue 6): the inbound plan (queues and the IVR tree as one JSON document, saved as a
// new revision when it validates; the server names the field it refuses), the numbers the agency assigned, agents'
// skills, each queue's day (service level, average speed of answer, abandons), the calls in progress, and the search
// of call records with their recordings and voicemails.

import { api, download, query, seg } from '../api.js';
import { h, replace, problemBox, showProblem, hideProblem, showMessage, timeEl } from '../dom.js';
import { planEditor } from './inbound-editor.js';
import { renderFlow } from './inbound-flow.js';

const POLL_MS = 2000;

export function renderInbound(main, ctx, tenant) {
  const { signal } = ctx;
  const base = `/tenants/${seg(tenant)}/inbound`;
  const planError = problemBox('inbound-plan-error');
  const planInfo = h('p', { class: 'small muted', 'data-test': 'inbound-plan-revision' });
  const planSaved = h('p', { class: 'small', 'data-test': 'inbound-plan-saved', hidden: true });
  const flow = h('div', { 'data-test': 'inbound-flow-box' });
  const planText = h('textarea', {
    name: 'document', rows: 18, cols: 100, spellcheck: 'false', 'data-test': 'inbound-plan', oninput: () => drawPlan(),
  });
  const editor = planEditor(() => planText.value, (text) => {
    planText.value = text;
    drawPlan(false);
  });
  const numbers = h('ul', { 'data-test': 'inbound-numbers' });
  const skillsError = problemBox('inbound-skills-error');
  const skillsSaved = h('p', { class: 'small', 'data-test': 'inbound-skills-saved', hidden: true });
  const skillAgent = h('input', { name: 'agent', placeholder: 'agent username', 'data-test': 'inbound-skills-agent' });
  const skillList = h('input', { name: 'skills', placeholder: 'care, spanish', 'data-test': 'inbound-skills-list' });
  const live = h('div', { id: 'inbound-live', 'data-test': 'inbound-live', 'data-loaded': 'false' });
  const queues = h('div', { 'data-test': 'inbound-queues' });
  const searchError = problemBox('inbound-search-error');
  const searchQueue = h('input', { name: 'queue', placeholder: 'queue', 'data-test': 'inbound-search-queue' });
  const searchResult = h('select', { name: 'result', 'data-test': 'inbound-search-result' },
    ['', 'CONNECTED', 'ABANDONED', 'CALLBACK', 'VOICEMAIL', 'NO_AGENT', 'IVR'].map((r) => h('option', { value: r }, r || 'any result')));
  const searchRecorded = h('input', { type: 'checkbox', name: 'recorded', 'data-test': 'inbound-search-recorded' });
  const found = h('div', { 'data-test': 'inbound-calls' });
  let timer = null;

  replace(main, h('section', { id: 'inbound-page', class: 'page', 'data-test': 'inbound-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' }, h('h1', {}, `Inbound · ${tenant}`)),
    h('article', { class: 'card' }, h('h2', {}, 'Inbound plan'),
      h('p', { class: 'small muted' }, 'Queues (campaign, skills, announcements, overflow) and the IVR nodes: menu, message, hours, queue, voicemail, hangup. '
        + 'Write the text, or edit the nodes below the drawing; a saved plan applies to the next call.'),
      planInfo, planError, h('div', { class: 'columns' }, planText, h('div', {}, h('h3', {}, "The caller's path"), flow)),
      h('h3', {}, 'Edit the plan'), editor.element,
      h('div', { class: 'button-row' }, h('button', { type: 'button', 'data-test': 'inbound-plan-save', onclick: savePlan }, 'Save plan')), planSaved),
    h('article', { class: 'card' }, h('h2', {}, 'Numbers'), numbers),
    h('article', { class: 'card' }, h('h2', {}, 'Agent skills'), skillsError,
      h('div', { class: 'button-row' }, skillAgent, skillList,
        h('button', { type: 'button', class: 'secondary', 'data-test': 'inbound-skills-show', onclick: showSkills }, 'Show'),
        h('button', { type: 'button', 'data-test': 'inbound-skills-save', onclick: saveSkills }, 'Save skills')), skillsSaved),
    h('article', { class: 'card' }, h('h2', {}, 'Queues today'), queues),
    h('article', { class: 'card' }, h('h2', {}, 'Calls in progress'), live),
    h('article', { class: 'card' }, h('h2', {}, 'Call records and recordings'), searchError,
      h('div', { class: 'button-row' }, searchQueue, searchResult, h('label', {}, searchRecorded, ' recorded only'),
        h('button', { type: 'button', 'data-test': 'inbound-search', onclick: search }, 'Search')), found)));
  loadPlan();
  loadNumbers();
  refreshLive();

  /** Draws the plan's text as the caller's path; the editor follows the text unless it wrote it itself. */
  function drawPlan(refreshEditor = true) {
    replace(flow, renderFlow(planText.value, (name) => editor.edit(name)));
    if (refreshEditor) editor.refresh();
  }

  async function loadPlan() {
    try {
      const plan = await api('GET', `${base}/plan`);
      if (signal.aborted) return;
      planText.value = plan.document;
      drawPlan();
      replace(planInfo, plan.revision ? `Revision ${plan.revision}, saved by ${plan.savedBy} ` : 'No plan saved yet: callers hear that the number is not in service.',
        plan.savedAt ? timeEl(plan.savedAt, 'inbound-plan-saved-at') : '');
    } catch (err) {
      if (!signal.aborted) showProblem(planError, err);
    }
  }

  async function savePlan() {
    hideProblem(planError);
    planSaved.hidden = true;
    try {
      const plan = await api('PUT', `${base}/plan`, planText.value, { contentType: 'application/json' });
      showMessage(planSaved, `Saved as revision ${plan.revision}.`);
      loadPlan();
    } catch (err) {
      showProblem(planError, err);
    }
  }

  async function loadNumbers() {
    try {
      const list = await api('GET', `${base}/numbers`);
      if (!signal.aborted) {
        replace(numbers, list.length ? list.map((n) => h('li', { 'data-test': 'inbound-number' }, n.number, ` (assigned by ${n.assignedBy})`))
          : h('li', { class: 'muted' }, 'No number yet: the agency assigns them (bpo:inbound-number-assign).'));
      }
    } catch (err) {
      if (!signal.aborted) showProblem(planError, err);
    }
  }

  async function showSkills() {
    hideProblem(skillsError);
    try {
      const skills = await api('GET', `${base}/skills/${seg(skillAgent.value.trim())}`);
      skillList.value = skills.join(', ');
    } catch (err) {
      showProblem(skillsError, err);
    }
  }

  async function saveSkills() {
    hideProblem(skillsError);
    skillsSaved.hidden = true;
    const skills = skillList.value.split(',').map((s) => s.trim()).filter((s) => s);
    try {
      const saved = await api('PUT', `${base}/skills/${seg(skillAgent.value.trim())}`, skills);
      showMessage(skillsSaved, `${skillAgent.value.trim()}: ${saved.length ? saved.join(', ') : 'no skills'}. They apply from the agent's next join.`);
    } catch (err) {
      showProblem(skillsError, err);
    }
  }

  async function refreshLive() {
    clearTimeout(timer);
    try {
      const [calls, today] = await Promise.all([api('GET', `${base}/live`), api('GET', `${base}/queues`)]);
      if (signal.aborted) return;
      const pct = (share) => (share == null ? '–' : `${(Number(share) * 100).toFixed(1)} %`);
      replace(queues, today.length ? h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['Queue', 'Waiting', 'Longest wait', 'Offered', 'Answered', 'Abandoned', 'Callbacks', 'Overflowed', 'Service level',
          'Avg. answer'].map((t) => h('th', {}, t)))),
        h('tbody', {}, today.map((q) => h('tr', { 'data-test': 'inbound-queue', 'data-queue': q.queue, 'data-offered': String(q.offered) },
          h('td', {}, q.queue), h('td', {}, String(q.waitingNow)), h('td', {}, q.longestWaitSeconds == null ? '' : `${q.longestWaitSeconds} s`),
          h('td', {}, String(q.offered)), h('td', {}, String(q.answered)), h('td', {}, String(q.abandoned)),
          h('td', { 'data-test': 'inbound-queue-callbacks' }, String(q.callbacks)), h('td', {}, String(q.overflowed)),
          h('td', { 'data-test': 'inbound-queue-service-level' }, `${pct(q.serviceLevel)} in ${q.serviceLevelSeconds} s`),
          h('td', {}, q.averageAnswerSeconds == null ? '' : `${q.averageAnswerSeconds} s`)))))
        : h('p', { class: 'muted' }, 'The plan has no queues.'));
      replace(live, calls.length ? h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['Caller', 'State', 'Node', 'Queue', 'Agent', 'Since'].map((t) => h('th', {}, t)))),
        h('tbody', {}, calls.map((c) => h('tr', { 'data-test': 'inbound-live-call', 'data-state': c.state },
          h('td', {}, c.caller || ''), h('td', {}, c.state), h('td', {}, c.node || ''), h('td', {}, c.queue || ''),
          h('td', {}, c.agent || ''), h('td', {}, timeEl(c.since, 'inbound-live-since'))))))
        : h('p', { class: 'muted' }, 'No inbound call in progress.'));
      live.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (!signal.aborted) showProblem(searchError, err);
    }
    if (!signal.aborted) timer = setTimeout(refreshLive, POLL_MS);
  }

  async function search() {
    hideProblem(searchError);
    try {
      const calls = await api('GET', `/tenants/${seg(tenant)}/exports/calls/search${query({
        queue: searchQueue.value.trim() || undefined, result: searchResult.value || undefined,
        recorded: searchRecorded.checked ? 'true' : undefined, limit: 100 })}`);
      replace(found, calls.length ? h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['Started', 'Mode', 'Number', 'Queue', 'Agent', 'Result', 'Talk s', 'Hold s', 'Transferred to', 'Survey', 'IVR path', 'Recording']
          .map((t) => h('th', {}, t)))),
        h('tbody', {}, calls.map((c) => h('tr', { 'data-test': 'inbound-call', 'data-result': c.result, 'data-call': c.callId },
          h('td', {}, timeEl(c.startedAt, 'inbound-call-started')), h('td', {}, c.mode || ''), h('td', {}, c.number),
          h('td', {}, c.queue || ''), h('td', {}, c.agent || ''), h('td', {}, c.result || ''), h('td', {}, String(c.talkSeconds)),
          h('td', { 'data-test': 'inbound-call-held' }, String(c.heldSeconds)), h('td', { 'data-test': 'inbound-call-transferred' }, c.transferredTo || ''),
          h('td', { 'data-test': 'inbound-call-survey' }, c.surveyScore == null ? '' : String(c.surveyScore)), h('td', { class: 'small' }, c.ivrPath || ''),
          h('td', {}, c.recording ? h('button', {
            type: 'button', class: 'secondary', 'data-test': 'inbound-call-recording',
            onclick: () => download(`/tenants/${seg(tenant)}/dialing/recordings/${seg(c.callId)}`, c.recording).catch((err) => showProblem(searchError, err)),
          }, 'Download') : '')))))
        : h('p', { class: 'muted', 'data-test': 'inbound-calls-none' }, 'No call matches.'));
    } catch (err) {
      showProblem(searchError, err);
    }
  }
}
