// Assignment down the tree (decision 0013), opened from a campaign's row: a tenant admin hands the
// campaign's unassigned contacts to departments, a department head to teams, a team lead to agents: by
// count, by filter (class, stage, grade, city), spread evenly over the chosen targets. An agent who leaves
// has their contacts moved back to their team's pool or spread over the team's other agents.

import { api, query, seg } from '../api.js';
import { h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy } from '../dom.js';

const ASSIGNERS = ['AGENCY_ADMIN', 'TENANT_ADMIN', 'SUPERVISOR', 'TEAM_LEAD'];
export const mayAssign = (user) => ASSIGNERS.includes(user?.role);
const LEVELS = { TENANT_ADMIN: 'DEPARTMENT', AGENCY_ADMIN: 'DEPARTMENT', SUPERVISOR: 'TEAM', TEAM_LEAD: 'AGENT' };
const CLASSES = ['BUY_NOW', 'INTERESTED', 'CONSIDERING', 'NOT_NOW', 'NEVER'];
const STAGES = ['SCREENING', 'FOLLOW_UP', 'RESOLVING', 'CLOSING', 'WON', 'DROPPED'];

/** The assignment panel for one campaign; {onClose} is called when the person closes it. */
export function assignmentPanel(ctx, tenant, campaign, onClose) {
  const error = problemBox('assign-error');
  const message = h('p', { id: 'assign-message', class: 'message', role: 'status', 'data-test': 'assign-message', hidden: true });
  const level = h('select', { name: 'level', id: 'assign-level', 'data-test': 'assign-level', onchange: () => loadTargets() },
    ['DEPARTMENT', 'TEAM', 'AGENT'].map((l) => h('option', { value: l }, l)));
  level.value = LEVELS[ctx.user.role] || 'AGENT';
  const targets = h('div', { id: 'assign-targets', class: 'checks', 'data-test': 'assign-targets' });
  const count = h('input', { type: 'number', min: 1, name: 'count', id: 'assign-count', 'data-test': 'assign-count', placeholder: 'all that match' });
  const intentClass = h('select', { name: 'intentClass', 'data-test': 'assign-class' }, h('option', { value: '' }, 'any'), CLASSES.map((c) => h('option', { value: c }, c)));
  const stage = h('select', { name: 'stage', 'data-test': 'assign-stage' }, h('option', { value: '' }, 'any'), STAGES.map((s) => h('option', { value: s }, s)));
  const city = h('input', { type: 'text', name: 'city', 'data-test': 'assign-city' });
  const form = h('form', { id: 'assign-form', 'data-test': 'assign-form', onsubmit: assign },
    field('Hand contacts to', level), targets, field('How many', count, 'spread evenly over the chosen targets'),
    field('Intent class', intentClass), field('Stage', stage), field('City', city),
    h('div', { class: 'button-row' }, h('button', { type: 'submit', 'data-test': 'assign-submit' }, 'Assign'),
      h('button', { type: 'button', class: 'secondary', 'data-test': 'assign-close', onclick: onClose }, 'Close')));
  const leaver = h('input', { type: 'text', id: 'reassign-agent', 'data-test': 'reassign-agent', placeholder: 'agent username' });
  const evenly = h('input', { type: 'checkbox', 'data-test': 'reassign-evenly' });
  const reassignForm = h('form', { 'data-test': 'reassign-form', onsubmit: reassign },
    field('An agent leaves: move their contacts', leaver), h('label', {}, evenly, ' spread over the team\'s other agents (else back to the team)'),
    h('button', { type: 'submit', class: 'secondary', 'data-test': 'reassign-submit' }, 'Reassign'));
  const panel = h('section', { class: 'card', id: 'assign-panel', 'data-test': 'assign-panel', 'data-campaign': campaign.key },
    h('h2', {}, `Assign contacts of ${campaign.name}`), error, message, form, reassignForm);
  loadTargets();
  return panel;

  async function loadTargets() {
    targets.setAttribute('data-loaded', 'false');
    try {
      let options;
      if (level.value === 'AGENT') {
        const people = await api('GET', `/orgs/${seg(tenant)}/users${query({ size: 200 })}`);
        options = people.items.filter((u) => u.role === 'AGENT' && !u.disabled).map((u) => [u.username, `${u.displayName} (${u.username})`]);
      } else {
        const kind = level.value;
        const found = [];
        const walk = (units) => units.forEach((u) => {
          if (u.kind === kind) found.push([String(u.id), u.name]);
          walk(u.children || []);
        });
        walk(await api('GET', `/orgs/${seg(tenant)}/tree`));
        options = found;
      }
      if (ctx.signal.aborted) return;
      replace(targets, options.length ? options.map(([value, label]) => h('label', { 'data-test': 'assign-target', 'data-value': value },
        h('input', { type: 'checkbox', value }), ' ', label)) : h('p', { class: 'muted' }, 'Nobody at this level in your part of the tree.'));
      targets.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (!ctx.signal.aborted) showProblem(error, err);
    }
  }

  async function assign(event) {
    event.preventDefault();
    hideProblem(error);
    const chosen = [...targets.querySelectorAll('input:checked')].map((c) => c.value);
    const body = {
      campaignKey: campaign.key, level: level.value, targets: chosen, count: count.value ? Number(count.value) : null,
      intentClass: intentClass.value || null, stage: stage.value || null, city: city.value.trim() || null,
    };
    try {
      const result = await busy(form, () => api('POST', `/tenants/${seg(tenant)}/assignments`, body));
      report(result);
    } catch (err) {
      showProblem(error, err, form);
    }
  }

  async function reassign(event) {
    event.preventDefault();
    hideProblem(error);
    try {
      const result = await busy(reassignForm, () => api('POST', `/tenants/${seg(tenant)}/assignments/agents/${seg(leaver.value.trim())}/reassign`,
        { evenly: evenly.checked }));
      report(result);
    } catch (err) {
      showProblem(error, err, reassignForm);
    }
  }

  function report(result) {
    const split = Object.entries(result.perTarget).map(([t, n]) => `${t}: ${n}`).join(', ');
    showMessage(message, `${result.assigned} contacts assigned${split ? ` (${split})` : ''}.`);
    message.setAttribute('data-assigned', String(result.assigned));
  }
}
