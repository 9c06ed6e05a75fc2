// An owner's organisation (the agency or a tenant): department → team → member tree, users with
// paging, creating units and users, moving a person to another unit, membership history.

import { api, query, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, formValues, pager, timeEl,
} from '../dom.js';

const PAGE_SIZE = 20;
const AGENCY = 'agency';
const AGENCY_ROLES = ['AGENT', 'TEAM_LEAD', 'SUPERVISOR', 'QA', 'AGENCY_ADMIN'];
const TENANT_ROLES = ['AGENT', 'TEAM_LEAD', 'SUPERVISOR', 'QA', 'CLIENT_MANAGER', 'TENANT_ADMIN'];

export function renderOrg(main, ctx, owner) {
  const { user, signal } = ctx;
  const agencyAdmin = user.role === 'AGENCY_ADMIN';
  const canManage = agencyAdmin || (user.role === 'TENANT_ADMIN' && user.tenantSlug === owner);
  const ownerPath = `/orgs/${seg(owner)}`;
  let units = [];          // flattened: {id, kind, name, label, parentId}
  let usersPage = 0;
  let historyFor = null;

  const pageError = h('div', { id: 'org-error', class: 'problem', role: 'alert', 'data-test': 'page-error', hidden: true });
  const content = h('div', { id: 'org-content', class: 'org-layout', hidden: true });

  // ---- tree -------------------------------------------------------------------------------------
  const treeSlot = h('div', { id: 'org-tree', class: 'tree', 'data-test': 'org-tree' });

  async function loadTree() {
    const roots = normalize(await api('GET', `${ownerPath}/tree`));
    if (signal.aborted) return;
    units = flatten(roots);
    replace(treeSlot, roots.length
      ? h('ul', { class: 'units root' }, roots.map(unitNode))
      : h('p', { class: 'muted', 'data-test': 'org-empty' }, 'No departments yet.'));
    treeSlot.setAttribute('data-loaded', 'true');
    refreshUnitSelects();
  }

  function unitNode(unit) {
    const members = unit.members || [];
    return h('li', {
      class: `unit unit-${unit.kind}`, 'data-test': 'org-unit', 'data-kind': unit.kind,
      'data-unit-id': unit.id, 'data-name': unit.name,
    },
    h('div', { class: 'unit-head' },
      h('span', { class: `kind kind-${unit.kind}` }, unit.kind === 'DEPARTMENT' ? 'Department' : 'Team'),
      h('span', { class: 'unit-name', 'data-test': 'unit-name' }, unit.name),
      h('span', { class: 'muted small' }, `${members.length} ${members.length === 1 ? 'member' : 'members'}`)),
    members.length
      ? h('ul', { class: 'members', 'data-test': 'unit-members' }, members.map((m) => h('li', {
        class: 'member', 'data-test': 'member', 'data-username': memberName(m),
      }, memberLabel(m))))
      : null,
    unit.children.length ? h('ul', { class: 'units' }, unit.children.map(unitNode)) : null);
  }

  // ---- create unit --------------------------------------------------------------------------------
  const unitError = problemBox('unit-form-error');
  const unitMessage = h('p', { id: 'unit-form-message', class: 'message', 'data-test': 'form-message', hidden: true });
  const unitKind = h('select', { id: 'unit-kind', name: 'kind', 'data-test': 'unit-kind', onchange: () => syncParent() },
    h('option', { value: 'TEAM' }, 'Team'), h('option', { value: 'DEPARTMENT' }, 'Department'));
  const unitParent = h('select', { id: 'unit-parent', name: 'parentId', 'data-test': 'unit-parent' });
  const unitForm = h('form', { id: 'unit-form', class: 'card', novalidate: true, 'data-test': 'unit-form' },
    h('h2', {}, 'Add a department or team'),
    field('Kind', unitKind),
    field('Name', h('input', { id: 'unit-name', name: 'name', 'data-test': 'unit-name-input', autocomplete: 'off' })),
    field('Department', unitParent, 'Teams belong to a department.'),
    unitError, unitMessage,
    h('button', { type: 'submit', id: 'unit-create', 'data-test': 'unit-create' }, 'Add unit'));

  function syncParent() {
    unitParent.disabled = unitKind.value !== 'TEAM';
  }

  unitForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(unitError, unitForm);
    unitMessage.hidden = true;
    const values = formValues(unitForm);
    const body = { kind: values.kind, name: values.name, parentId: values.parentId ? Number(values.parentId) : null };
    try {
      const unit = await busy(unitForm, () => api('POST', `${ownerPath}/units`, body));
      showMessage(unitMessage, `${unit.kind === 'DEPARTMENT' ? 'Department' : 'Team'} ${unit.name} added.`);
      unitForm.elements.namedItem('name').value = '';
      await loadTree();
    } catch (err) {
      showProblem(unitError, err, unitForm);
    }
  });

  // ---- users --------------------------------------------------------------------------------------
  const usersError = problemBox('users-error');
  const usersMessage = h('p', { id: 'users-message', class: 'message', 'data-test': 'users-message', hidden: true });
  const usersBody = h('tbody', { id: 'users-body', 'data-test': 'users-body' });
  const usersPager = h('div', { class: 'pager-slot' });

  async function loadUsers(page = usersPage) {
    const result = await api('GET', `${ownerPath}/users${query({ page, size: PAGE_SIZE })}`);
    if (signal.aborted) return;
    usersPage = result.page;
    replace(usersBody, result.items.length
      ? result.items.map(userRow)
      : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'No users yet.')));
    replace(usersPager, pager('users', result, (p) => loadUsers(p).catch((err) => showProblem(usersError, err))));
    main.querySelector('#users-table').setAttribute('data-loaded', 'true');
  }

  function userRow(person) {
    const state = person.disabled ? 'disabled' : person.locked ? 'locked' : 'active';
    const actions = [];
    if (canManage) {
      const target = h('select', { 'data-test': 'user-move-target', 'aria-label': `Move ${person.username} to` },
        h('option', { value: '' }, 'Move to…'),
        units.filter((u) => u.id !== person.unitId).map((u) => h('option', { value: u.id }, u.label)));
      actions.push(target, h('button', {
        type: 'button', 'data-test': 'user-move',
        onclick: (event) => moveUser(person, target, event.currentTarget),
      }, 'Move'));
    }
    actions.push(h('button', {
      type: 'button', class: 'secondary', 'data-test': 'user-history', onclick: () => showHistory(person.username),
    }, 'History'));
    return h('tr', { 'data-test': 'user-row', 'data-username': person.username },
      h('td', { 'data-test': 'user-username' }, h('code', {}, person.username)),
      h('td', { 'data-test': 'user-displayname' }, person.displayName ?? ''),
      h('td', { 'data-test': 'user-role' }, person.role ?? ''),
      h('td', { 'data-test': 'user-unit', 'data-unit-id': person.unitId ?? '' }, person.unitName ?? ''),
      h('td', {}, h('span', { class: `status status-${state}`, 'data-test': 'user-state' }, state)),
      h('td', { class: 'actions' }, actions));
  }

  async function moveUser(person, target, button) {
    hideProblem(usersError);
    usersMessage.hidden = true;
    if (!target.value) {
      showProblem(usersError, { title: 'Choose a unit', detail: `Pick the team or department to move ${person.username} to, then press Move.` });
      target.focus();
      return;
    }
    button.disabled = true;
    target.disabled = true;
    try {
      const moved = await api('POST', `${ownerPath}/users/${seg(person.username)}/move`, { unitId: Number(target.value) });
      showMessage(usersMessage, `${moved.username} now belongs to ${moved.unitName ?? 'the chosen unit'}.`);
      await loadUsers();
      await loadTree();
      if (historyFor === person.username) await showHistory(person.username);
    } catch (err) {
      showProblem(usersError, err);
      button.disabled = false;
      target.disabled = false;
    }
  }

  // ---- create user --------------------------------------------------------------------------------
  const userError = problemBox('user-form-error');
  const userMessage = h('p', { id: 'user-form-message', class: 'message', 'data-test': 'form-message', hidden: true });
  const roles = owner === AGENCY ? AGENCY_ROLES : TENANT_ROLES;
  const userUnit = h('select', { id: 'user-unit', name: 'unitId', 'data-test': 'user-unit-select' });
  const userForm = h('form', { id: 'user-form', class: 'card', novalidate: true, 'data-test': 'user-form' },
    h('h2', {}, 'Add a user'),
    h('div', { class: 'grid-2' },
      field('Username', h('input', { id: 'user-username', name: 'username', 'data-test': 'user-username-input', autocomplete: 'off', spellcheck: 'false' })),
      field('Display name', h('input', { id: 'user-displayname', name: 'displayName', 'data-test': 'user-displayname-input', autocomplete: 'off' })),
      field('Initial password', h('input', { id: 'user-password', name: 'password', type: 'password', 'data-test': 'user-password-input', autocomplete: 'new-password' })),
      field('Role', h('select', { id: 'user-role', name: 'role', 'data-test': 'user-role-select' }, roles.map((r) => h('option', { value: r }, r)))),
      field('Unit', userUnit)),
    userError, userMessage,
    h('button', { type: 'submit', id: 'user-create', 'data-test': 'user-create' }, 'Add user'));

  userForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(userError, userForm);
    userMessage.hidden = true;
    const values = formValues(userForm);
    const body = { ...values, unitId: values.unitId ? Number(values.unitId) : null };
    try {
      const created = await busy(userForm, () => api('POST', `${ownerPath}/users`, body));
      showMessage(userMessage, `User ${created.username} added${created.unitName ? ` to ${created.unitName}` : ''}.`);
      for (const name of ['username', 'displayName', 'password']) userForm.elements.namedItem(name).value = '';
      await loadUsers();
      await loadTree();
    } catch (err) {
      showProblem(userError, err, userForm);
    }
  });

  function refreshUnitSelects() {
    const departments = units.filter((u) => u.kind === 'DEPARTMENT');
    keepSelection(unitParent, departments.map((u) => h('option', { value: u.id }, u.label)));
    keepSelection(userUnit, [h('option', { value: '' }, '— no unit —'), units.map((u) => h('option', { value: u.id }, u.label))]);
    if (!departments.length) unitKind.value = 'DEPARTMENT';
    syncParent();
  }

  // ---- history ------------------------------------------------------------------------------------
  const historyTitle = h('h2', { id: 'history-title', 'data-test': 'history-title' });
  const historyBody = h('tbody', { id: 'history-body', 'data-test': 'history-body' });
  const historyError = problemBox('history-error');
  const historyPanel = h('section', { id: 'history-panel', class: 'card', 'data-test': 'history-panel', hidden: true },
    h('div', { class: 'page-head' }, historyTitle,
      h('button', { type: 'button', class: 'secondary', id: 'history-close', 'data-test': 'history-close', onclick: () => { historyPanel.hidden = true; historyFor = null; } }, 'Close')),
    historyError,
    h('table', { id: 'history-table', 'data-test': 'history-table' },
      h('thead', {}, h('tr', {}, ['Unit', 'Since', 'Until', 'Changed by'].map((t) => h('th', {}, t)))),
      historyBody));

  async function showHistory(username) {
    historyFor = username;
    replace(historyTitle, `Membership history of ${username}`);
    historyPanel.hidden = false;
    historyPanel.removeAttribute('data-loaded');
    hideProblem(historyError);
    try {
      const periods = await api('GET', `${ownerPath}/users/${seg(username)}/history`);
      if (signal.aborted || historyFor !== username) return;
      replace(historyBody, periods.length
        ? periods.map((p) => h('tr', { 'data-test': 'history-row', 'data-unit-id': p.unitId ?? '', 'data-current': p.until ? 'false' : 'true' },
          h('td', { 'data-test': 'history-unit' }, p.unitName ?? '—'),
          h('td', {}, timeEl(p.since, 'history-since')),
          h('td', {}, p.until ? timeEl(p.until, 'history-until') : h('span', { class: 'badge', 'data-test': 'history-until' }, 'current')),
          h('td', { 'data-test': 'history-changed-by' }, p.changedBy ?? '')))
        : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No membership recorded.')));
      historyPanel.setAttribute('data-loaded', 'true');
      historyPanel.setAttribute('data-username', username);
      historyPanel.scrollIntoView({ block: 'nearest' });
    } catch (err) {
      replace(historyBody);
      showProblem(historyError, err);
    }
  }

  // ---- owner picker (agency admins) ---------------------------------------------------------------
  const ownerPicker = agencyAdmin ? h('select', {
    id: 'owner-select', 'data-test': 'owner-select', 'aria-label': 'Organisation',
    onchange: (event) => ctx.navigate(`#/org/${seg(event.target.value)}`),
  }, h('option', { value: AGENCY }, 'Agency (own staff)'), owner !== AGENCY ? h('option', { value: owner }, owner) : null) : null;
  if (ownerPicker) {
    ownerPicker.value = owner;
    api('GET', `/tenants${query({ page: 0, size: 200 })}`).then((result) => {
      if (signal.aborted) return;
      keepSelection(ownerPicker, [h('option', { value: AGENCY }, 'Agency (own staff)'),
        result.items.map((t) => h('option', { value: t.slug }, `${t.name} (${t.slug})`))]);
      if (ownerPicker.value !== owner) {
        ownerPicker.append(h('option', { value: owner }, owner));
        ownerPicker.value = owner;
      }
    }).catch(() => { /* the picker keeps the current owner; the page shows its own errors */ });
  }

  replace(main, h('section', { id: 'org-page', class: 'page', 'data-test': 'org-page', 'data-owner': owner },
    h('div', { class: 'page-head' },
      h('h1', { id: 'org-title', 'data-test': 'org-title' }, owner === AGENCY ? 'Agency organisation' : `Organisation of ${owner}`),
      ownerPicker ? field('Show organisation of', ownerPicker) : null),
    pageError,
    content));

  layout(content, canManage, unitForm, userForm, treeSlot, usersError, usersMessage, usersBody, usersPager, historyPanel);

  (async () => {
    try {
      await loadTree();
      await loadUsers(0);
      if (!signal.aborted) content.hidden = false;
    } catch (err) {
      if (signal.aborted) return;
      showProblem(pageError, err);
      if (err.status === 403) {
        pageError.append(h('p', { 'data-test': 'refusal' }, `You may not view the organisation of ${owner}.`));
      }
    }
  })();
}

function layout(content, canManage, unitForm, userForm, treeSlot, usersError, usersMessage, usersBody, usersPager, historyPanel) {
  content.append(
    h('div', { class: canManage ? 'org-top' : 'org-top single' },
      h('div', { class: 'card' }, h('h2', {}, 'Structure'), treeSlot),
      canManage ? h('aside', { class: 'org-side' }, unitForm, userForm) : null),
    h('div', { class: 'card' },
      h('h2', {}, 'Users'),
      usersError, usersMessage,
      h('div', { class: 'table-wrap' }, h('table', { id: 'users-table', 'data-test': 'users-table' },
        h('thead', {}, h('tr', {}, ['Username', 'Name', 'Role', 'Unit', 'Status', ''].map((t) => h('th', {}, t)))),
        usersBody)),
      usersPager),
    historyPanel);
}

/** Replaces a select's options and keeps the chosen value when it still exists. */
function keepSelection(select, options) {
  const chosen = select.value;
  replace(select, options);
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/** Accepts nested trees (children[]) or flat lists (parentId) and answers nested roots. */
function normalize(roots) {
  const all = new Map();
  const walk = (unit) => {
    all.set(unit.id, { ...unit, children: [] });
    (unit.children || []).forEach(walk);
  };
  (roots || []).forEach(walk);
  const top = [];
  for (const unit of all.values()) {
    const parent = unit.parentId !== null && unit.parentId !== undefined ? all.get(unit.parentId) : null;
    if (parent && parent !== unit) parent.children.push(unit);
    else top.push(unit);
  }
  return top;
}

function flatten(roots, path = []) {
  return roots.flatMap((unit) => {
    const label = [...path, unit.name].join(' › ');
    return [{ id: unit.id, kind: unit.kind, name: unit.name, parentId: unit.parentId, label },
      ...flatten(unit.children, [...path, unit.name])];
  });
}

const memberName = (m) => (m && typeof m === 'object' ? m.username : String(m));
const memberLabel = (m) => (m && typeof m === 'object'
  ? (m.displayName ? `${m.displayName} (${m.username})` : m.username)
  : String(m));
