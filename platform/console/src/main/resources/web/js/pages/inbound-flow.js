// The inbound plan drawn as the caller's path: from the start node, each node with what it plays and where it
// leads (menu keys, open / closed, overflow), as nested lists, each with an Edit button for the plan editor. Drawn
// from the text being edited, so a manager sees the tree change; the server stays the judge of what is valid.

import { h } from '../dom.js';

/** The call flow of a plan document, or a note when the text is not a plan yet; {@code onEdit(name)} opens a node's form. */
export function renderFlow(text, onEdit) {
  let plan;
  try {
    plan = JSON.parse(text);
  } catch (err) {
    return h('p', { class: 'muted', 'data-test': 'inbound-flow-invalid' }, `Not JSON yet: ${err.message}`);
  }
  if (!plan || typeof plan !== 'object' || !plan.nodes || !plan.start) {
    return h('p', { class: 'muted', 'data-test': 'inbound-flow-invalid' }, 'A plan has "start", "queues" and "nodes".');
  }
  const unreached = Object.keys(plan.nodes).filter((n) => !reached(plan, plan.start, new Set()).has(n));
  return h('div', {},
    h('ul', { class: 'flow', 'data-test': 'inbound-flow' }, step(plan, plan.start, 'start', new Set(), onEdit)),
    unreached.length ? h('p', { class: 'small muted', 'data-test': 'inbound-flow-unreached' }, 'No caller reaches: ',
      unreached.map((n) => [h('code', {}, n), ' ', editButton(n, onEdit), ' '])) : null);
}

/** The nodes a caller can reach from {@code name}. */
function reached(plan, name, seen) {
  const node = plan.nodes[name];
  if (!node || seen.has(name)) return seen;
  seen.add(name);
  const queue = node.type === 'queue' ? (plan.queues || {})[node.queue] || {} : {};
  [...Object.values(node.choices || {}), node.otherwise, node.next, node.open, node.closed, queue.overflow]
    .filter((n) => n).forEach((n) => reached(plan, n, seen));
  return seen;
}

function editButton(name, onEdit) {
  return onEdit ? h('button', { type: 'button', class: 'link', 'data-test': 'inbound-flow-edit', 'data-node': name, onclick: () => onEdit(name) }, 'Edit')
    : null;
}

/** One node reached by {@code how} (a key, open, closed...), and the nodes it leads to; a node met again on the path is not repeated. */
function step(plan, name, how, path, onEdit) {
  const node = plan.nodes[name];
  const label = [h('span', { class: 'small muted' }, `${how} → `), h('strong', {}, name)];
  if (!node) return h('li', { 'data-test': 'inbound-flow-node', 'data-node': name }, label, h('span', { class: 'flow-missing' }, ' no such node'));
  if (path.has(name)) return h('li', { 'data-test': 'inbound-flow-node', 'data-node': name }, label, ' (back to it)');
  const inner = new Set(path).add(name);
  const next = (target, via) => (target ? step(plan, target, via, inner, onEdit) : null);
  const children = [];
  let what = node.type;
  switch (node.type) {
    case 'menu':
      what = `menu, plays ${node.prompt}`;
      for (const [key, target] of Object.entries(node.choices || {})) children.push(next(target, `key ${key}`));
      children.push(next(node.otherwise, 'no key'));
      break;
    case 'message':
      what = `plays ${node.prompt}`;
      children.push(next(node.next, 'then'));
      break;
    case 'hours':
      what = 'business hours?';
      children.push(next(node.open, 'open'), next(node.closed, 'closed'));
      break;
    case 'queue': {
      const queue = (plan.queues || {})[node.queue] || {};
      what = `queue ${node.queue} (campaign ${queue.campaign || '?'}${queue.skills && queue.skills.length ? `, skills ${queue.skills.join(', ')}` : ''}`
        + `${queue.priority ? `, priority ${queue.priority}` : ''})`;
      const offer = queue.callback;
      if (offer) {
        children.push(h('li', { 'data-test': 'inbound-flow-callback' }, h('span', { class: 'small muted' }, `after ${offer.offerAfterSeconds} s → `),
          `offers a callback (${offer.prompt}, key ${offer.key || '1'}): campaign ${offer.campaign} calls back`));
      }
      children.push(next(queue.overflow, `after ${queue.overflowAfterSeconds} s`));
      break;
    }
    case 'voicemail':
      what = `voicemail, plays ${node.prompt}`;
      break;
    case 'hangup':
      what = `hangs up${node.prompt ? ` after ${node.prompt}` : ''}`;
      break;
    default:
      break;
  }
  const kids = children.filter((c) => c);
  return h('li', { 'data-test': 'inbound-flow-node', 'data-node': name }, label, h('span', {}, `: ${what} `), editButton(name, onEdit),
    kids.length ? h('ul', {}, kids) : null);
}
