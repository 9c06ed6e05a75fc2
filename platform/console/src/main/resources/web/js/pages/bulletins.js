// Bulletins (decision 0014): what the person may see (the tenant's, their department's and team's), marked
// read on request; team leads and above post to a unit of theirs (or, tenant and agency admins, the whole
// tenant) and see the read receipts.

import { api, query, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, formValues, pager, timeEl,
} from '../dom.js';
import { localToInstant } from './contact.js';

const POSTERS = ['AGENCY_ADMIN', 'TENANT_ADMIN', 'SUPERVISOR', 'TEAM_LEAD'];
export const mayPostBulletins = (user) => POSTERS.includes(user?.role);

export function renderBulletins(main, ctx, tenant) {
  const { signal } = ctx;
  const poster = mayPostBulletins(ctx.user);
  const base = `/tenants/${seg(tenant)}/bulletins`;
  const listError = problemBox('bulletins-error');
  const list = h('div', { id: 'bulletins-list', class: 'bulletins', 'data-test': 'bulletins-list' });
  const pagerSlot = h('div', { class: 'pager-slot' });
  let units = new Map(); // id → name
  let currentPage = 0;

  async function load(page = currentPage) {
    list.setAttribute('data-loaded', 'false');
    try {
      const result = await api('GET', `${base}${query({ page, size: 20 })}`);
      if (signal.aborted) return;
      currentPage = result.page;
      hideProblem(listError);
      replace(list, result.items.length ? result.items.map(item) : h('p', { class: 'muted', 'data-test': 'bulletins-empty' }, 'No bulletins for you.'));
      replace(pagerSlot, pager('bulletins', result, load));
      list.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted) return;
      showProblem(listError, err);
      list.setAttribute('data-loaded', 'error');
    }
  }

  function item(b) {
    const receipts = h('div', { class: 'small', 'data-test': 'bulletin-receipts', hidden: true });
    return h('article', {
      class: `card bulletin ${b.read ? 'read' : 'unread'}`, 'data-test': 'bulletin', 'data-id': b.id, 'data-read': String(b.read),
    },
    h('div', { class: 'page-head' },
      h('h2', { 'data-test': 'bulletin-title' }, b.read ? null : h('span', { class: 'badge', 'data-test': 'bulletin-new' }, 'new'), ' ', b.title),
      h('div', { class: 'button-row' },
        b.read ? h('span', { class: 'muted small', 'data-test': 'bulletin-is-read' }, 'Read')
          : h('button', { type: 'button', class: 'secondary', 'data-test': 'bulletin-mark-read', onclick: (e) => markRead(e.currentTarget, b) }, 'Mark read'),
        poster ? h('button', { type: 'button', class: 'secondary', 'data-test': 'bulletin-show-receipts', onclick: () => showReceipts(b, receipts) },
          `Read by ${b.reads}`) : null)),
    h('p', { class: 'small muted' }, 'To ', b.unitId ? units.get(b.unitId) ?? `unit ${b.unitId}` : 'the whole tenant', ' · ', b.postedBy, ' · ',
      timeEl(b.postedAt, 'bulletin-posted'), b.expiresAt ? [' · until ', timeEl(b.expiresAt, 'bulletin-expires')] : null),
    h('p', { class: 'wrap', 'data-test': 'bulletin-body' }, b.body),
    receipts);
  }

  async function markRead(button, b) {
    hideProblem(listError);
    button.disabled = true;
    try {
      await api('POST', `${base}/${seg(b.id)}/read`);
      await load();
    } catch (err) {
      showProblem(listError, err);
      button.disabled = false;
    }
  }

  async function showReceipts(b, box) {
    try {
      const receipts = await api('GET', `${base}/${seg(b.id)}/receipts`);
      replace(box, receipts.length
        ? h('ul', {}, receipts.map((r) => h('li', { 'data-test': 'bulletin-receipt' }, r.username, ' ', timeEl(r.readAt, 'receipt-at'))))
        : h('p', { class: 'muted' }, 'Nobody has read it yet.'));
    } catch (err) {
      replace(box, h('p', { class: 'problem-inline' }, err.detail || err.title));
    }
    box.hidden = false;
  }

  const formError = problemBox('bulletin-form-error');
  const formMessage = h('p', { id: 'bulletin-form-message', class: 'message', role: 'status', 'data-test': 'bulletin-form-message', hidden: true });
  const unitSelect = h('select', { id: 'bulletin-unit', name: 'unitId', 'data-test': 'bulletin-unit' });
  const form = h('form', { id: 'bulletin-form', class: 'card', novalidate: true, 'data-test': 'bulletin-form' },
    h('h2', {}, 'Post a bulletin'),
    h('div', { class: 'grid-2' },
      field('Title', h('input', { id: 'bulletin-title', name: 'title', 'data-test': 'bulletin-title-input' })),
      field('To', unitSelect, 'Team leads post to their team, supervisors to their department or its teams.')),
    field('Text', h('textarea', { id: 'bulletin-body', name: 'body', rows: 4, 'data-test': 'bulletin-body-input' })),
    field('Shown until', h('input', { type: 'datetime-local', id: 'bulletin-expires', name: 'expiresAt', 'data-test': 'bulletin-expires' }), 'Empty: until removed.'),
    formError, formMessage,
    h('button', { type: 'submit', id: 'bulletin-post', 'data-test': 'bulletin-post' }, 'Post bulletin'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(formError, form);
    formMessage.hidden = true;
    const v = formValues(form);
    try {
      const posted = await busy(form, () => api('POST', base, {
        unitId: v.unitId ? Number(v.unitId) : null, title: v.title, body: v.body, expiresAt: localToInstant(v.expiresAt),
      }));
      if (signal.aborted) return;
      showMessage(formMessage, `Bulletin "${posted.title}" posted.`);
      for (const name of ['title', 'body', 'expiresAt']) form.elements.namedItem(name).value = '';
      await load(0);
    } catch (err) {
      if (!signal.aborted) showProblem(formError, err, form);
    }
  });

  async function loadUnits() {
    if (ctx.user.role === 'AGENT') return; // agents have no org:read: units show by id
    try {
      const tree = await api('GET', `/orgs/${seg(tenant)}/tree`);
      const options = [];
      const walk = (list, depth) => list.forEach((u) => {
        units.set(u.id, u.name);
        options.push(h('option', { value: u.id }, `${'\u00a0\u00a0'.repeat(depth)}${u.kind === 'TEAM' ? 'Team' : 'Department'} ${u.name}`));
        walk(u.children || [], depth + 1);
      });
      walk(tree, 0);
      const own = ctx.user.unitId;
      replace(unitSelect, h('option', { value: '' }, 'The whole tenant'), options);
      if (own && units.has(own) && ['TEAM_LEAD', 'SUPERVISOR'].includes(ctx.user.role)) unitSelect.value = String(own);
    } catch {
      units = new Map();
      replace(unitSelect, h('option', { value: '' }, 'The whole tenant'));
    }
  }

  replace(main, h('section', { id: 'bulletins-page', class: 'page', 'data-test': 'bulletins-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' },
      h('h1', {}, `Bulletins of ${tenant}`),
      h('button', { type: 'button', id: 'bulletins-refresh', class: 'secondary', 'data-test': 'bulletins-refresh', onclick: () => load() }, 'Refresh')),
    listError,
    poster ? form : null,
    list,
    pagerSlot));
  loadUnits().then(() => { if (!signal.aborted) load(0); });
}
