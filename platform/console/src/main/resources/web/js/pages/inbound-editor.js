// Editing the inbound plan without writing JSON: a form for one IVR node at a time (its prompt, its menu keys and
// where each leads, where it goes next) or one queue (campaign, skills, announcements, overflow, service level,
// priority, callback offer), nodes and queues added by name, the node callers start at. Every change is written back
// into the plan's text, which stays the one document the manager saves; the server stays the judge of what is valid
// and names the field it refuses.

import { field, h, replace } from '../dom.js';

const TYPES = ['menu', 'message', 'hours', 'queue', 'voicemail', 'hangup'];
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'];

/** What a node of each type holds when it is added; the manager fills in the rest. */
function newNode(type, plan) {
  const someNode = Object.keys(plan.nodes)[0];
  switch (type) {
    case 'menu': return { type, prompt: 'welcome', choices: { 1: someNode }, timeoutSeconds: 5, retries: 1 };
    case 'message': return { type, prompt: 'message', next: someNode };
    case 'hours': return { type, open: someNode, closed: someNode };
    case 'queue': return { type, queue: Object.keys(plan.queues || {})[0] || '' };
    case 'voicemail': return { type, prompt: 'leave-a-message', maxSeconds: 120 };
    default: return { type, prompt: 'goodbye' };
  }
}

/**
 * The editor for the plan in {@code text()}: {@code write(newText)} puts a changed plan back (the caller redraws).
 * Returns the editor's element and {@code edit(name)}, which opens a node's form.
 */
export function planEditor(text, write) {
  const box = h('div', { class: 'plan-editor', 'data-test': 'inbound-editor' });
  let editing = null; // the node whose form is open
  let editingQueue = null; // or the queue

  function plan() {
    try {
      const p = JSON.parse(text());
      return p && typeof p === 'object' && p.nodes && typeof p.nodes === 'object' ? p : null;
    } catch {
      return null;
    }
  }

  /** Applies {@code edit} to the plan as the text has it now, and writes the result back. */
  function change(edit) {
    const fresh = plan();
    if (!fresh || edit(fresh) === false) return;
    write(JSON.stringify(fresh, null, 2));
    render();
  }

  const nodeSelect = (p, value, test) => h('select', { 'data-test': test, value: value ?? '' },
    h('option', { value: '' }, '—'), Object.keys(p.nodes).map((n) => h('option', { value: n }, n)));
  const text1 = (value, test) => h('input', { type: 'text', value: value ?? '', 'data-test': test });
  const whole = (value, test) => h('input', { type: 'number', min: 0, value: value ?? '', 'data-test': test });
  const orNull = (v) => (v === '' ? undefined : v);

  /** The form of one node: its fields by type, Apply writes them back, Delete removes the node. */
  function nodeForm(p, name) {
    const node = p.nodes[name];
    const rows = [];
    const read = [];
    if ('prompt' in node || ['menu', 'message', 'voicemail', 'hangup'].includes(node.type)) {
      const prompt = text1(node.prompt, 'editor-prompt');
      rows.push(field('Prompt (recorded message)', prompt));
      read.push((n) => { n.prompt = orNull(prompt.value.trim()); });
    }
    if (node.type === 'menu') {
      const choices = h('div', { 'data-test': 'editor-choices' });
      const choiceRow = (key, target) => {
        const k = h('select', { 'data-test': 'editor-choice-key', value: key }, KEYS.map((x) => h('option', { value: x }, x)));
        const t = nodeSelect(p, target, 'editor-choice-target');
        const row = h('div', { class: 'button-row', 'data-test': 'editor-choice' }, 'key ', k, ' → ', t,
          h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-choice-remove', onclick: () => row.remove() }, 'Remove'));
        return row;
      };
      Object.entries(node.choices || {}).forEach(([k, t]) => choices.append(choiceRow(k, t)));
      const free = () => KEYS.find((k) => ![...choices.querySelectorAll('[data-test=editor-choice-key]')].some((s) => s.value === k)) || '1';
      rows.push(field('Keys', choices), h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-choice-add',
        onclick: () => choices.append(choiceRow(free(), '')) }, 'Add a key'));
      const timeout = whole(node.timeoutSeconds, 'editor-timeout');
      const retries = whole(node.retries, 'editor-retries');
      const otherwise = nodeSelect(p, node.otherwise, 'editor-otherwise');
      rows.push(field('Seconds to wait for a key', timeout), field('Asked again', retries), field('No key or a wrong one, then', otherwise));
      read.push((n) => {
        n.choices = {};
        choices.querySelectorAll('[data-test=editor-choice]').forEach((row) => {
          n.choices[row.querySelector('[data-test=editor-choice-key]').value] = row.querySelector('[data-test=editor-choice-target]').value;
        });
        n.timeoutSeconds = orNull(timeout.value === '' ? '' : Number(timeout.value));
        n.retries = orNull(retries.value === '' ? '' : Number(retries.value));
        n.otherwise = orNull(otherwise.value);
      });
    }
    if (node.type === 'message') {
      const next = nodeSelect(p, node.next, 'editor-next');
      rows.push(field('Then', next));
      read.push((n) => { n.next = orNull(next.value); });
    }
    if (node.type === 'hours') {
      const open = nodeSelect(p, node.open, 'editor-open');
      const closed = nodeSelect(p, node.closed, 'editor-closed');
      rows.push(field('Open (business hours)', open), field('Closed', closed));
      read.push((n) => { n.open = orNull(open.value); n.closed = orNull(closed.value); });
    }
    if (node.type === 'queue') {
      const queue = h('select', { 'data-test': 'editor-queue', value: node.queue ?? '' },
        Object.keys(p.queues || {}).map((q) => h('option', { value: q }, q)));
      rows.push(field('Queue', queue), h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-queue-edit',
        onclick: () => openQueue(queue.value) }, 'Edit the queue'));
      read.push((n) => { n.queue = queue.value; });
    }
    if (node.type === 'voicemail') {
      const max = whole(node.maxSeconds, 'editor-max-seconds');
      rows.push(field('Longest message, seconds', max));
      read.push((n) => { n.maxSeconds = orNull(max.value === '' ? '' : Number(max.value)); });
    }
    const apply = () => change((fresh) => {
      if (!fresh.nodes[name]) return false;
      const n = { ...fresh.nodes[name] };
      read.forEach((r) => r(n));
      fresh.nodes[name] = JSON.parse(JSON.stringify(n)); // drops the fields left empty
      return true;
    });
    const remove = () => change((fresh) => {
      delete fresh.nodes[name];
      editing = null;
    });
    return h('fieldset', { class: 'card', 'data-test': 'editor-node', 'data-node': name },
      h('legend', {}, `${name} (${node.type})`), ...rows,
      h('div', { class: 'button-row' },
        h('button', { type: 'button', 'data-test': 'editor-apply', onclick: apply }, 'Apply to the plan'),
        h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-delete', onclick: remove }, 'Delete node')));
  }

  function openQueue(name) {
    editing = null;
    editingQueue = name;
    render();
  }

  /** The form of one queue: who takes its calls, what callers hear while waiting, and where they go after. */
  function queueForm(p, name) {
    const q = p.queues[name];
    const number = (value, test) => whole(value, test);
    const campaign = text1(q.campaign, 'editor-queue-campaign');
    const skills = text1((q.skills || []).join(', '), 'editor-queue-skills');
    const announce = number(q.announceEverySeconds, 'editor-queue-announce');
    const overflowAfter = number(q.overflowAfterSeconds, 'editor-queue-overflow-after');
    const overflow = nodeSelect(p, q.overflow, 'editor-queue-overflow');
    const level = number(q.serviceLevelSeconds, 'editor-queue-service-level');
    const priority = number(q.priority, 'editor-queue-priority');
    const cb = q.callback || {};
    const offer = h('input', { type: 'checkbox', 'data-test': 'editor-queue-callback', checked: !!q.callback });
    const offerAfter = number(cb.offerAfterSeconds ?? 60, 'editor-callback-after');
    const offerPrompt = text1(cb.prompt ?? 'callback-offer', 'editor-callback-prompt');
    const offerKey = h('select', { 'data-test': 'editor-callback-key', value: cb.key ?? '1' }, KEYS.map((x) => h('option', { value: x }, x)));
    const offerCampaign = text1(cb.campaign, 'editor-callback-campaign');
    const offerConfirm = text1(cb.confirm, 'editor-callback-confirm');
    const num = (input) => orNull(input.value === '' ? '' : Number(input.value));
    const apply = () => change((fresh) => {
      if (!fresh.queues?.[name]) return false;
      fresh.queues[name] = JSON.parse(JSON.stringify({
        campaign: campaign.value.trim(),
        skills: skills.value.split(',').map((x) => x.trim()).filter((x) => x),
        announceEverySeconds: num(announce),
        overflowAfterSeconds: num(overflowAfter),
        overflow: orNull(overflow.value),
        serviceLevelSeconds: num(level),
        priority: num(priority),
        callback: offer.checked ? {
          offerAfterSeconds: num(offerAfter), prompt: offerPrompt.value.trim(), key: offerKey.value,
          campaign: offerCampaign.value.trim(), confirm: orNull(offerConfirm.value.trim()),
        } : undefined,
      }));
      return true;
    });
    const remove = () => change((fresh) => {
      delete fresh.queues[name];
      editingQueue = null;
    });
    return h('fieldset', { class: 'card', 'data-test': 'editor-queue-form', 'data-queue': name },
      h('legend', {}, `queue ${name}`),
      field('Campaign whose agents take the calls', campaign), field('Skills the agents need (comma-separated)', skills),
      field('Position and wait announced every (s)', announce), field('Overflow after (s)', overflowAfter), field('Overflow to', overflow),
      field('Service level: answered within (s)', level), field('Priority (1 to 9)', priority),
      h('label', {}, offer, ' Offer a callback instead of waiting'),
      field('Offered after (s)', offerAfter), field('Offer prompt', offerPrompt), field('Key that accepts', offerKey),
      field('Outbound campaign that calls back', offerCampaign), field('Confirmation prompt', offerConfirm),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', 'data-test': 'editor-apply', onclick: apply }, 'Apply to the plan'),
        h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-delete', onclick: remove }, 'Delete queue')));
  }

  function render() {
    const p = plan();
    if (!p) {
      replace(box, h('p', { class: 'muted' }, 'Correct the text to edit the plan here.'));
      return;
    }
    const start = nodeSelect(p, p.start, 'editor-start');
    start.addEventListener('change', () => change((fresh) => {
      fresh.start = start.value;
    }));
    const newName = h('input', { type: 'text', placeholder: 'new node name', 'data-test': 'editor-new-name' });
    const newType = h('select', { 'data-test': 'editor-new-type' }, TYPES.map((t) => h('option', { value: t }, t)));
    const add = () => change((fresh) => {
      const name = newName.value.trim();
      if (!name || fresh.nodes[name]) return false;
      fresh.nodes[name] = newNode(newType.value, fresh);
      editing = name;
      editingQueue = null;
      return true;
    });
    const queues = Object.keys(p.queues || {});
    const queuePick = h('select', { 'data-test': 'editor-queue-pick' }, queues.map((q) => h('option', { value: q }, q)));
    const newQueue = h('input', { type: 'text', placeholder: 'new queue name', 'data-test': 'editor-new-queue' });
    const addQueue = () => change((fresh) => {
      const name = newQueue.value.trim();
      if (!name || fresh.queues?.[name]) return false;
      fresh.queues = { ...(fresh.queues || {}), [name]: { campaign: '' } };
      editing = null;
      editingQueue = name;
      return true;
    });
    const form = editing && p.nodes[editing] ? nodeForm(p, editing)
      : editingQueue && p.queues?.[editingQueue] ? queueForm(p, editingQueue)
        : h('p', { class: 'small muted' }, 'Press Edit beside a node, or pick a queue, to change it.');
    replace(box,
      h('div', { class: 'button-row' }, field('Callers start at', start)),
      h('div', { class: 'button-row' }, newName, newType,
        h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-add', onclick: add }, 'Add node')),
      h('div', { class: 'button-row' }, queues.length ? [queuePick,
        h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-queue-open', onclick: () => openQueue(queuePick.value) }, 'Edit queue')] : null,
      newQueue, h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-queue-add', onclick: addQueue }, 'Add queue')),
      form);
  }

  render();
  return {
    element: box,
    edit(name) {
      editing = name;
      editingQueue = null;
      render();
    },
    refresh: render,
  };
}
