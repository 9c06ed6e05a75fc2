// Editing the inbound plan without writing JSON: a form for one IVR node at a time (its prompt, its menu keys and
// where each leads, where it goes next), a node added by name and type, the node callers start at. Every change is
// written back into the plan's text, which stays the one document the manager saves; the server stays the judge of
// what is valid and names the field it refuses.

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
  let editing = null;

  function plan() {
    try {
      const p = JSON.parse(text());
      return p && typeof p === 'object' && p.nodes && typeof p.nodes === 'object' ? p : null;
    } catch {
      return null;
    }
  }

  function save(p) {
    write(JSON.stringify(p, null, 2));
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
      rows.push(field('Queue', queue));
      read.push((n) => { n.queue = queue.value; });
    }
    if (node.type === 'voicemail') {
      const max = whole(node.maxSeconds, 'editor-max-seconds');
      rows.push(field('Longest message, seconds', max));
      read.push((n) => { n.maxSeconds = orNull(max.value === '' ? '' : Number(max.value)); });
    }
    const apply = () => {
      const fresh = plan();
      if (!fresh || !fresh.nodes[name]) return;
      const n = { ...fresh.nodes[name] };
      read.forEach((r) => r(n));
      fresh.nodes[name] = JSON.parse(JSON.stringify(n)); // drops the fields left empty
      save(fresh);
    };
    const remove = () => {
      const fresh = plan();
      if (!fresh) return;
      delete fresh.nodes[name];
      editing = null;
      save(fresh);
    };
    return h('fieldset', { class: 'card', 'data-test': 'editor-node', 'data-node': name },
      h('legend', {}, `${name} (${node.type})`), ...rows,
      h('div', { class: 'button-row' },
        h('button', { type: 'button', 'data-test': 'editor-apply', onclick: apply }, 'Apply to the plan'),
        h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-delete', onclick: remove }, 'Delete node')));
  }

  function render() {
    const p = plan();
    if (!p) {
      replace(box, h('p', { class: 'muted' }, 'Correct the text to edit the plan here.'));
      return;
    }
    const start = nodeSelect(p, p.start, 'editor-start');
    start.addEventListener('change', () => {
      const fresh = plan();
      fresh.start = start.value;
      save(fresh);
    });
    const newName = h('input', { type: 'text', placeholder: 'new node name', 'data-test': 'editor-new-name' });
    const newType = h('select', { 'data-test': 'editor-new-type' }, TYPES.map((t) => h('option', { value: t }, t)));
    const add = () => {
      const fresh = plan();
      const name = newName.value.trim();
      if (!fresh || !name || fresh.nodes[name]) return;
      fresh.nodes[name] = newNode(newType.value, fresh);
      editing = name;
      save(fresh);
    };
    replace(box,
      h('div', { class: 'button-row' }, field('Callers start at', start)),
      h('div', { class: 'button-row' }, newName, newType,
        h('button', { type: 'button', class: 'secondary', 'data-test': 'editor-add', onclick: add }, 'Add node')),
      editing && p.nodes[editing] ? nodeForm(p, editing) : h('p', { class: 'small muted' }, 'Press Edit beside a node to change it.'));
  }

  render();
  return {
    element: box,
    edit(name) {
      editing = name;
      render();
    },
    refresh: render,
  };
}
