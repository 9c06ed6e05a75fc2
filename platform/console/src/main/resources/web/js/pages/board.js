// The supervisor's live board (issue 6): the tenant's campaigns being dialled with their figures (agents by
// state, calls ringing and waiting, abandon rate over 24 h and 30 days) and agents, whom a supervisor can make
// ready, pause or log out; campaigns are started (in a dial mode) and stopped here too.

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
  let timer = null;

  replace(main, h('section', { id: 'board-page', class: 'page', 'data-test': 'board-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' }, h('h1', {}, `Dialing board · ${tenant}`)), error,
    h('div', { class: 'card button-row' }, campaignSelect, modeSelect,
      h('button', { type: 'button', 'data-test': 'board-start', onclick: start }, 'Start dialing')),
    boardBox));
  loadCampaigns();
  refresh();

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
      h('div', { class: 'page-head' }, h('h2', {}, `${v.campaignKey} · ${v.mode}`),
        h('button', { type: 'button', class: 'danger', 'data-test': 'board-stop', onclick: () => act('POST', `${base}/campaigns/${seg(v.campaignKey)}/stop`) }, 'Stop')),
      h('p', { class: 'small' }, `Ready ${v.agentsReady} · on call ${v.agentsOnCall} · wrap-up ${v.agentsInWrapUp} · paused ${v.agentsPaused}`,
        ` · ringing ${v.callsRinging} · waiting ${v.callsWaiting}`),
      h('p', { class: 'small', 'data-test': 'board-abandon' }, `Abandoned 24 h: ${v.abandoned24h} of ${v.liveAnswered24h} (${pct(v.abandonRate24h)}) · 30 days: ${pct(v.abandonRate30d)}`),
      h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, ['Agent', 'State', 'Since', 'Contact', ''].map((t) => h('th', {}, t)))),
        h('tbody', {}, v.agents.map((a) => h('tr', { 'data-test': 'board-agent', 'data-agent': a.agent, 'data-state': a.state },
          h('td', {}, a.agent), h('td', {}, a.state, a.pauseReason ? ` (${a.pauseReason})` : ''), h('td', {}, timeEl(a.since, 'board-since')),
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
    act('POST', `${base}/campaigns/${seg(campaignSelect.value)}/start${query({ mode: modeSelect.value })}`);
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
