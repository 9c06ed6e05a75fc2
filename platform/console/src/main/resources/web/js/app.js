// Console shell: session bootstrap, header, hash routing (#/login, #/tenants, #/org/{owner},
// #/audit?tenant=…&outcome=…, #/calendar/{owner}, #/routing/{tenant}?start=…&campaign=…,
// #/billing/{tenant}?period=YYYY-MM, #/invoices, #/campaigns/{tenant}, #/contacts/{tenant},
// #/contact/{tenant}/{contactId}, #/scripts/{tenant}?script=key, #/bulletins/{tenant}); the due-callbacks panel.

import { api, session, onUnauthorized, ApiError } from './api.js';
import { h, replace } from './dom.js';
import { renderLogin } from './pages/login.js';
import { renderTenants } from './pages/tenants.js';
import { renderOrg } from './pages/org.js';
import { renderAudit } from './pages/audit.js';
import { renderCalendar } from './pages/calendar.js';
import { renderRouting } from './pages/routing.js';
import { renderBilling } from './pages/billing.js';
import { renderInvoiceRegister } from './pages/invoices.js';
import { renderCampaigns } from './pages/campaigns.js';
import { renderContact, renderContacts } from './pages/contact.js';
import { renderScripts } from './pages/scripts.js';
import { renderBulletins } from './pages/bulletins.js';
import { renderImports, mayImport } from './pages/imports.js';
import { renderDesk } from './pages/desk.js';
import { renderBoard } from './pages/board.js';
import { renderInbound } from './pages/inbound.js';
import { callbackPanel } from './callbacks.js';

const main = document.getElementById('app');
const header = document.getElementById('app-header');

const state = {
  user: null,        // {username, displayName, role, tenantSlug, ...}
  notice: null,      // message for the login page (e.g. session ended)
  page: null,        // AbortController of the page on screen
};

export const isAgencyAdmin = (user) => user?.role === 'AGENCY_ADMIN';

/** Who may read an audit log: agency admins the whole one, tenant admins their tenant's. */
export const mayReadAudit = (user) => user?.role === 'AGENCY_ADMIN' || (user?.role === 'TENANT_ADMIN' && !!user.tenantSlug);

/** Tenant roles that may read their tenant's calendar and routing (as the server's role permissions grant). */
const CALENDAR_READERS = ['TENANT_ADMIN', 'SUPERVISOR', 'TEAM_LEAD', 'QA'];
const ROUTING_READERS = ['TENANT_ADMIN', 'SUPERVISOR', 'TEAM_LEAD'];
export const mayReadOwnCalendar = (user) => !!user?.tenantSlug && CALENDAR_READERS.includes(user.role);
export const mayReadOwnRouting = (user) => !!user?.tenantSlug && ROUTING_READERS.includes(user.role);

/** Tenant roles that may read their tenant's invoices (tenant admins may do anything in their tenant). */
const INVOICE_READERS = ['TENANT_ADMIN', 'CLIENT_MANAGER'];
export const mayReadOwnInvoices = (user) => !!user?.tenantSlug && INVOICE_READERS.includes(user.role);

/**
 * Tenant roles that read campaigns, contacts, scripts and bulletins of their tenant (campaign:read,
 * contact:read, script:read, bulletin:read as the server's role permissions grant).
 */
const WORKFLOW_READERS = ['TENANT_ADMIN', 'SUPERVISOR', 'TEAM_LEAD', 'QA', 'AGENT'];
export const mayUseWorkflow = (user) => !!user?.tenantSlug && WORKFLOW_READERS.includes(user.role);

/** A client manager reads invoices and nothing of the organisation. */
const isClientManager = (user) => user?.role === 'CLIENT_MANAGER' && !!user.tenantSlug;

/** Where a person lands after signing in. */
function home(user) {
  if (isAgencyAdmin(user)) return '#/tenants';
  if (isClientManager(user)) return `#/billing/${encodeURIComponent(user.tenantSlug)}`;
  return `#/org/${encodeURIComponent(user.tenantSlug || 'agency')}`;
}

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function parseRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const mark = hash.indexOf('?');
  const path = mark < 0 ? hash : hash.slice(0, mark);
  const params = new URLSearchParams(mark < 0 ? '' : hash.slice(mark + 1));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || '', args: parts.slice(1), params };
}

async function route() {
  state.page?.abort();
  const controller = new AbortController();
  state.page = controller;
  const { name, args, params } = parseRoute();

  if (!session.token) {
    state.user = null;
    showHeader(null);
    callbackPanel(null);
    if (name !== 'login') {
      history.replaceState(null, '', '#/login');
    }
    renderLogin(main, { notice: takeNotice(), onLogin: signedIn });
    return;
  }

  if (!state.user) {
    replace(main, h('p', { class: 'muted' }, 'Loading…'));
    try {
      state.user = await api('GET', '/me');
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 401) return; // handled by onUnauthorized
      replace(main, h('div', { class: 'problem', role: 'alert', id: 'page-error', 'data-test': 'page-error' },
        h('strong', {}, error.title || 'Error'), h('p', {}, error.detail || error.message)));
      return;
    }
    if (controller.signal.aborted) return;
  }

  showHeader(state.user, name, args);
  callbackPanel(state.user);
  const ctx = { user: state.user, navigate, signal: controller.signal };
  if (name === 'tenants') {
    renderTenants(main, ctx);
  } else if (name === 'org' && args[0]) {
    renderOrg(main, ctx, args[0]);
  } else if (name === 'calendar' && args[0]) {
    renderCalendar(main, ctx, args[0]);
  } else if (name === 'routing' && args[0]) {
    renderRouting(main, ctx, args[0], params);
  } else if (name === 'billing' && args[0]) {
    // Others than agency admins and the tenant's own readers get the server's refusal on the page.
    renderBilling(main, ctx, args[0], params);
  } else if (name === 'campaigns' && args[0]) {
    renderCampaigns(main, ctx, args[0]);
  } else if (name === 'contacts' && args[0]) {
    renderContacts(main, ctx, args[0]);
  } else if (name === 'contact' && args[0] && args[1]) {
    // Contacts outside the person's part of the tree get the server's refusal on the page.
    renderContact(main, ctx, args[0], args[1]);
  } else if (name === 'scripts' && args[0]) {
    renderScripts(main, ctx, args[0], params);
  } else if (name === 'bulletins' && args[0]) {
    renderBulletins(main, ctx, args[0]);
  } else if (name === 'imports' && args[0]) {
    renderImports(main, ctx, args[0]);
  } else if (name === 'desk' && args[0]) {
    renderDesk(main, ctx, args[0]);
  } else if (name === 'board' && args[0]) {
    renderBoard(main, ctx, args[0]);
  } else if (name === 'inbound' && args[0]) {
    renderInbound(main, ctx, args[0]);
  } else if (name === 'invoices') {
    renderInvoiceRegister(main, ctx);
  } else if (name === 'audit') {
    // Other roles get the server's refusal on the page; the header offers the link to those who may.
    renderAudit(main, ctx, params);
  } else {
    history.replaceState(null, '', home(state.user));
    route();
  }
}

function signedIn(result) {
  session.token = result.token;
  state.user = result.user;
  navigate(home(result.user));
}

function takeNotice() {
  const notice = state.notice;
  state.notice = null;
  return notice;
}

function showHeader(user, routeName, args = []) {
  header.hidden = !user;
  const nav = document.getElementById('main-nav');
  if (!user) {
    nav.replaceChildren();
    return;
  }
  replace(document.getElementById('current-user'), user.displayName ? `${user.displayName} (${user.username})` : user.username);
  replace(document.getElementById('current-role'), user.role || '');
  replace(document.getElementById('current-tenant'), user.tenantSlug ? `tenant ${user.tenantSlug}` : 'agency');

  const links = isAgencyAdmin(user)
    ? [
        { id: 'nav-tenants', label: 'Tenants', hash: '#/tenants', active: routeName === 'tenants' },
        { id: 'nav-agency-org', label: 'Agency organisation', hash: '#/org/agency', active: routeName === 'org' && args[0] === 'agency' },
        { id: 'nav-agency-calendar', label: 'Agency calendar', hash: '#/calendar/agency', active: routeName === 'calendar' && args[0] === 'agency' },
        { id: 'nav-invoices', label: 'Invoice register', hash: '#/invoices', active: routeName === 'invoices' },
      ]
    : isClientManager(user)
      ? []
      : [
          {
            id: 'nav-my-org', label: 'My organisation', hash: home(user),
            active: routeName === 'org' && args[0] === (user.tenantSlug || 'agency'),
          },
        ];
  if (mayReadOwnCalendar(user)) {
    const slug = encodeURIComponent(user.tenantSlug);
    links.push({ id: 'nav-calendar', label: 'Calendar', hash: `#/calendar/${slug}`, active: routeName === 'calendar' && args[0] === user.tenantSlug });
  }
  if (mayReadOwnRouting(user)) {
    const slug = encodeURIComponent(user.tenantSlug);
    links.push({ id: 'nav-routing', label: 'Routing', hash: `#/routing/${slug}`, active: routeName === 'routing' && args[0] === user.tenantSlug });
  }
  if (mayUseWorkflow(user)) {
    const slug = encodeURIComponent(user.tenantSlug);
    const own = args[0] === user.tenantSlug;
    links.push(
      { id: 'nav-campaigns', label: 'Campaigns', hash: `#/campaigns/${slug}`, active: routeName === 'campaigns' && own },
      { id: 'nav-contacts', label: 'Contacts', hash: `#/contacts/${slug}`, active: (routeName === 'contacts' || routeName === 'contact') && own },
      { id: 'nav-scripts', label: 'Scripts', hash: `#/scripts/${slug}`, active: routeName === 'scripts' && own },
      { id: 'nav-bulletins', label: 'Bulletins', hash: `#/bulletins/${slug}`, active: routeName === 'bulletins' && own });
    if (mayImport(user)) links.push({ id: 'nav-imports', label: 'Imports', hash: `#/imports/${slug}`, active: routeName === 'imports' && own });
    if (['AGENT', 'TEAM_LEAD'].includes(user.role)) links.push({ id: 'nav-desk', label: 'Desk', hash: `#/desk/${slug}`, active: routeName === 'desk' && own });
    if (['TENANT_ADMIN', 'SUPERVISOR', 'TEAM_LEAD'].includes(user.role)) {
      links.push({ id: 'nav-board', label: 'Dialing', hash: `#/board/${slug}`, active: routeName === 'board' && own });
      links.push({ id: 'nav-inbound', label: 'Inbound', hash: `#/inbound/${slug}`, active: routeName === 'inbound' && own });
    }
  }
  if (mayReadOwnInvoices(user)) {
    const slug = encodeURIComponent(user.tenantSlug);
    links.push({ id: 'nav-billing', label: 'Invoices', hash: `#/billing/${slug}`, active: routeName === 'billing' && args[0] === user.tenantSlug });
  }
  if (mayReadAudit(user)) {
    links.push({ id: 'nav-audit', label: 'Audit log', hash: '#/audit', active: routeName === 'audit' });
  }
  replace(nav, links.map((link) => h('a', {
    id: link.id, 'data-test': link.id, href: link.hash, 'aria-current': link.active ? 'page' : null,
  }, link.label)));
}

async function logout() {
  try {
    await api('POST', '/auth/logout');
  } catch {
    // The session may already be gone; signing out locally is what matters.
  }
  session.token = null;
  state.user = null;
  state.notice = 'You have signed out.';
  navigate('#/login');
}

onUnauthorized(() => {
  session.token = null;
  state.user = null;
  state.notice = 'Your session has ended. Please sign in again.';
  navigate('#/login');
});

document.getElementById('logout').addEventListener('click', logout);
window.addEventListener('hashchange', route);
route();
