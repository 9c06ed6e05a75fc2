// The supervisor's live board (issue 6): the tenant's campaigns being dialled with their figures (agents by
// state, calls ringing and waiting, abandon rate over 24 h and 30 days) and agents, whom a supervisor can make
// ready, pause or log out; campaigns are started (in a dial mode, a predictive one with its pacing strategy) and
// stopped here too. The tenant's abandon rules are shown and, for tenant admins, set below the board.

import { api, query, seg } from '../api.js';
import { h, replace, problemBox, showProblem, hideProblem, timeEl } from '../dom.js';

const POLL_MS = 2000;
const pct = (rate) => (rate == null ? '–' : `${(Number(rate) * 100).toFixed(2)} %`);

export function renderBoard(main, ctx, tenant) {
  const { signal } = ctx;
  const base = `/tenants/${seg(tenant)}/dialing`;
  const error = problemBox('board-error');
  const boardBox = h('div', { id: 'board', 'data-test': 'board', 'data-loaded': 'false' });
  const campaignSelect = h('select', { 'data-test': 'board-campaign' });
  const modeSelect = h('select', { 'data-test': 'board-mode' }, ['PROGRESSIVE', 'PREDICTIVE', 'PREVIEW', 'INBOUND'].map((m) => h('option', { value: m }, m)));
  const strategySelect = h('select', { 'data-test': 'board-strategy', 'aria-label': 'Pacing strategy', disabled: true });
  modeSelect.addEventListener('change', () => { strategySelect.disabled = modeSelect.value !== 'PREDICTIVE'; });
  const policyError = problemBox('board-policy-error');
  const policyBox = h('form', { class: 'card', 'data-test': 'board-policy', onsubmit: (e) => { e.preventDefault(); savePolicy(); } });
  let timer = null;

  replace(main, h('section', { id: 'board-page', class: 'page', 'data-test': 'board-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' }, h('h1', {}, `Dialing board · ${tenant}`)), error,
    h('div', { class: 'card button-row' }, campaignSelect, modeSelect, strategySelect,
      h('button', { type: 'button', 'data-test': 'board-start', onclick: start }, 'Start dialing')),
    boardBox, policyError, policyBox));
  loadCampaigns();
  loadStrategies();
  loadPolicy();
  refresh();

  async function loadStrategies() {
    try {
      const names = await api('GET', `${base}/strategies`);
      if (!signal.aborted) replace(strategySelect, h('option', { value: '' }, "Dialer's own pacing"), names.map((n) => h('option', { value: n }, n)));
    } catch (err) {
      if (!signal.aborted) showProblem(error, err);
    }
  }

  // the fields of the tenant's abandon rules: [property, label, step]
  const POLICY_FIELDS = [['abandonLimit', 'Abandon limit (share, at most 0.03)', '0.0001'], ['shortWindowHours', 'Short window (hours)', '1'],
    ['longWindowDays', 'Long window (days)', '1'], ['connectWithinMillis', 'Connect within (ms, at most 2000)', '1'],
    ['safeHarborMessage', 'Safe-harbor message', null], ['noRedialHours', 'No redial after an abandon (hours, 0: off)', '1']];

  async function loadPolicy() {
    try {
      const policy = await api('GET', `${base}/policy`);
      if (!signal.aborted) showPolicy(policy);
    } catch (err) {
      if (!signal.aborted) showProblem(policyError, err);
    }
  }

  function showPolicy(policy) {
    replace(policyBox, h('h2', {}, 'Abandon rules'),
      h('p', { class: 'small muted', 'data-test': 'board-policy-source' }, policy.updatedBy
        ? ['Set by ', policy.updatedBy, ' at ', timeEl(policy.updatedAt, 'board-policy-at'), '. Campaigns follow them from now on, those running too.']
        : "The platform's defaults (US and UK ceilings); a tenant may only be stricter."),
      h('div', { class: 'grid-3' }, POLICY_FIELDS.map(([name, label, step]) => h('label', {}, label,
        h('input', { name, 'data-test': `board-policy-${name}`, type: step ? 'number' : 'text', step: step || undefined, value: String(policy[name]) })))),
      h('button', { type: 'submit', 'data-test': 'board-policy-save' }, 'Save rules'));
  }

  async function savePolicy() {
    hideProblem(policyError);
    const body = {};
    for (const [name, , step] of POLICY_FIELDS) {
      const value = policyBox.querySelector(`[name=${name}]`).value.trim();
      body[name] = step && name !== 'abandonLimit' ? Number(value) : value;
    }
    try {
      showPolicy(await api('PUT', `${base}/policy`, body));
    } catch (err) {
      showProblem(policyError, err);
    }
  }

  async function loadCampaigns() {
    try {
      const page = await api('GET', `/tenants/${seg(tenant)}/campaigns${query({ state: 'ACTIVE', size: 100 })}`);
      if (!signal.aborted) replace(campaignSelect, page.items.map((c) => h('option', { value: c.key }, `${c.name} (${c.key})`)));
    } catch (err) {
      if (!signal.aborted) showProblem(error, err);
    }
  }

  async function refresh() {
    clearTimeout(timer);
    try {
      const board = await api('GET', `${base}/board`);
      if (signal.aborted) return;
      replace(boardBox, board.length ? board.map(campaign) : h('p', { class: 'muted', 'data-test': 'board-empty' }, 'No campaign is dialing.'));
      boardBox.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (!signal.aborted) showProblem(error, err);
    }
    if (!signal.aborted) timer = setTimeout(refresh, POLL_MS);
  }

  function campaign(v) {
    return h('article', { class: 'card', 'data-test': 'board-campaign-row', 'data-key': v.campaignKey, 'data-mode': v.mode },
      h('div', { class: 'page-head' }, h('h2', {}, `${v.campaignKey} · ${v.mode}${v.strategy ? ` (${v.strategy})` : ''}`),
        h('button', { type: 'button', class: 'danger', 'data-test': 'board-stop', onclick: () => act('POST', `${base}/campaigns/${seg(v.campaignKey)}/stop`) }, 'Stop')),
      h('p', { class: 'small' }, `Ready ${v.agentsReady} · on call ${v.agentsOnCall} · wrap-up ${v.agentsInWrapUp} · paused ${v.agentsPaused}`,
        ` · ringing ${v.callsRinging} · waiting ${v.callsWaiting}`),
      h('p', { class: 'small', 'data-test': 'board-abandon' }, `Abandoned 24 h: ${v.abandoned24h} of ${v.liveAnswered24h} (${pct(v.abandonRate24h)}) · 30 days: ${pct(v.abandonRate30d)} · limit ${pct(v.abandonLimit)}`),
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Agent', 'State', 'Since', 'Contact', ''].map((t) => h('th', {}, t)))),
        h('tbody', {}, v.agents.map((a) => h('tr', { 'data-test': 'board-agent', 'data-agent': a.agent, 'data-state': a.state },
          h('td', {}, a.agent, a.remotePhone ? h('span', { class: 'small muted' }, ` remote ${a.remotePhone}`) : null), h('td', {}, a.state, a.consulting ? ` (consulting ${a.consulting})` : a.onHold ? ' (on hold)' : '', a.pauseReason ? ` (${a.pauseReason})` : ''), h('td', {}, timeEl(a.since, 'board-since')),
          h('td', {}, a.contactId ? h('a', { href: `#/contact/${seg(tenant)}/${seg(a.contactId)}` }, String(a.contactId)) : ''),
          h('td', { class: 'button-row' },
            h('button', { type: 'button', class: 'secondary', 'data-test': 'board-force-ready', onclick: () => force(a, 'READY') }, 'Ready'),
            h('button', { type: 'button', class: 'secondary', 'data-test': 'board-force-pause', onclick: () => force(a, 'PAUSED') }, 'Pause'),
            h('button', { type: 'button', class: 'secondary', 'data-test': 'board-force-logout', onclick: () => force(a, 'LOGGED_OUT') }, 'Log out'),
            a.state === 'ON_CALL' ? ['LISTEN', 'WHISPER', 'BARGE'].map((m) => h('button', {
              type: 'button', class: 'secondary', 'data-test': `board-monitor-${m.toLowerCase()}`,
              onclick: () => act('POST', `${base}/agents/${seg(a.agent)}/monitor${query({ mode: m })}`),
            }, m[0] + m.slice(1).toLowerCase())) : null))))));
  }

  function start() {
    act('POST', `${base}/campaigns/${seg(campaignSelect.value)}/start${query({
      mode: modeSelect.value, strategy: modeSelect.value === 'PREDICTIVE' && strategySelect.value ? strategySelect.value : undefined })}`);
  }

  function force(agent, action) {
    act('POST', `${base}/agents/${seg(agent.agent)}`, { action, reason: action === 'PAUSED' ? `paused by ${ctx.user.username}` : null });
  }

  async function act(method, path, body) {
    hideProblem(error);
    try {
      await api(method, path, body);
      refresh();
    } catch (err) {
      showProblem(error, err);
    }
  }
}
