// The due-callbacks panel for agents and team leads: polls the due list every 15 s on every page, pops
// up a notice when a callback becomes due (with a link to the contact card and a Take button), and lists
// what is due. The server decides what is due for whom (own callbacks; the team's once their agent is away).

import { api, query, seg } from './api.js';
import { h, replace, timeEl } from './dom.js';

export const POLL_MS = 15000;
const ROLES = ['AGENT', 'TEAM_LEAD'];

export const watchesCallbacks = (user) => !!user?.tenantSlug && ROLES.includes(user.role);

let running = null; // {user, timer, panel}

/** Starts (or keeps) the panel for this person; stops it for anybody else or when signed out. */
export function callbackPanel(user) {
  if (running && (!user || running.user.username !== user.username || running.user.tenantSlug !== user.tenantSlug)) {
    stop();
  }
  if (!watchesCallbacks(user) || running) return;
  running = start(user);
}

function stop() {
  clearTimeout(running.timer);
  running.panel.remove();
  running.popups.remove();
  running = null;
}

function start(user) {
  const tenant = user.tenantSlug;
  const base = `/tenants/${seg(tenant)}/workflow`;
  const seen = new Set(); // callback ids already popped up
  const popups = h('div', { id: 'callback-popups', class: 'callback-popups', 'aria-live': 'assertive', 'data-test': 'callback-popups' });
  const list = h('ul', { id: 'due-callbacks', class: 'due-list', 'data-test': 'due-callbacks' });
  const count = h('span', { id: 'due-count', class: 'badge', 'data-test': 'due-count' }, '0');
  const status = h('span', { id: 'due-status', class: 'small muted', 'data-test': 'due-status' });
  const details = h('details', { id: 'due-panel-details' },
    h('summary', {}, 'Due callbacks ', count, ' ', status),
    list);
  const panel = h('aside', {
    id: 'callback-panel', class: 'callback-panel', 'data-test': 'callback-panel', 'data-tenant': tenant, 'aria-label': 'Due callbacks',
  }, details);
  // The list sits under the header, in the page's flow; pop-ups float at the top right over any page.
  document.getElementById('app-header').after(panel);
  document.body.append(popups);
  const state = { user, timer: null, panel, popups };

  const contactLink = (b) => h('a', { href: `#/contact/${seg(tenant)}/${seg(b.contactId)}`, 'data-test': 'callback-open' }, b.contactName || `Contact ${b.contactId}`);

  function takeButton(b, after) {
    if (b.state === 'TAKEN' || b.state === 'DONE') return null;
    return h('button', {
      type: 'button', class: 'secondary', 'data-test': 'callback-take',
      onclick: async (event) => {
        const button = event.currentTarget;
        button.disabled = true;
        try {
          const taken = await api('POST', `${base}/callbacks/${seg(b.id)}/take`);
          after?.(taken);
          await poll(false);
        } catch (err) {
          button.disabled = false;
          replace(status, `${err.status ? `${err.status} ` : ''}${err.title}: ${err.detail || err.message}`);
          status.setAttribute('data-error', String(err.status ?? ''));
        }
      },
    }, 'Take');
  }

  function popup(b) {
    const note = h('div', {
      class: 'callback-popup', role: 'alert', 'data-test': 'callback-popup', 'data-id': b.id, 'data-contact': b.contactId, 'data-state': b.state,
    },
    h('strong', {}, 'Callback due: '), contactLink(b),
    h('div', { class: 'small' }, timeEl(b.dueAt, 'callback-popup-due'), ' · ', b.agentUsername,
      b.agentAway && b.agentUsername !== user.username ? h('span', { class: 'muted' }, ' (agent away: your team may take it)') : null,
      b.note ? h('div', { class: 'muted' }, b.note) : null),
    h('div', { class: 'button-row' },
      takeButton(b, () => note.remove()),
      h('button', { type: 'button', class: 'secondary', 'data-test': 'callback-dismiss', onclick: () => note.remove() }, 'Dismiss')));
    popups.append(note);
  }

  async function poll(schedule = true) {
    if (running !== state) return;
    try {
      const due = await api('GET', `${base}/callbacks/due${query({})}`);
      if (running !== state) return;
      replace(count, String(due.length));
      replace(status, `checked ${new Date().toLocaleTimeString()}`);
      status.removeAttribute('data-error');
      panel.setAttribute('data-polled', String(Date.now()));
      replace(list, due.length
        ? due.map((b) => h('li', { 'data-test': 'due-callback', 'data-id': b.id, 'data-contact': b.contactId, 'data-state': b.state },
          contactLink(b), ' ', timeEl(b.dueAt, 'due-callback-at'), ' ',
          h('span', { class: `status status-${b.state}` }, b.state), ' ', takeButton(b)))
        : h('li', { class: 'muted' }, 'Nothing due.'));
      for (const b of due) {
        if (!seen.has(b.id) && (b.state === 'DUE' || b.state === 'MISSED')) {
          seen.add(b.id);
          popup(b);
        }
      }
    } catch (err) {
      if (running !== state) return;
      replace(status, `${err.status ? `${err.status} ` : ''}${err.title}`);
      status.setAttribute('data-error', String(err.status ?? ''));
    } finally {
      if (schedule && running === state) state.timer = setTimeout(() => poll(), POLL_MS);
    }
  }

  state.poll = poll;
  setTimeout(() => poll(), 0);
  return state;
}
