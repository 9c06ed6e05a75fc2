// A tenant's call scripts (decision 0014): the scripts, a script's versions, the draft editor, a version put on
// trial (testers, target calls), trial results side by side with LIVE (success rate, average talk time) and the
// roll-out (forced before the target with a reason). Everybody with script:read reads; tenant admins and
// supervisors (and the agency admin) write. #/scripts/{tenant}?script=key opens one script.

import { api, seg } from '../api.js';
import {
  h, replace, field, problemBox, showProblem, hideProblem, showMessage, busy, formValues, timeEl,
} from '../dom.js';
import { plainDecimal } from '../money.js';

const WRITERS = ['AGENCY_ADMIN', 'TENANT_ADMIN', 'SUPERVISOR'];
export const mayWriteScripts = (user) => WRITERS.includes(user?.role);

const percent = (value) => (value === null || value === undefined ? '—' : `${plainDecimal(value)} %`);
const seconds = (value) => (value === null || value === undefined ? '—' : `${plainDecimal(value)} s`);

export function renderScripts(main, ctx, tenant, params) {
  const { signal } = ctx;
  const writer = mayWriteScripts(ctx.user);
  const base = `/tenants/${seg(tenant)}/scripts`;
  const listError = problemBox('scripts-error');
  const tbody = h('tbody', { id: 'scripts-body', 'data-test': 'scripts-body' });
  const table = h('table', { id: 'scripts-table', 'data-test': 'scripts-table' },
    h('thead', {}, h('tr', {}, ['Key', 'Name', 'Live', 'On trial', 'Draft', 'Versions', 'Created'].map((t) => h('th', {}, t)))), tbody);
  let selected = params.get('script') || null;

  async function loadList() {
    table.setAttribute('data-loaded', 'false');
    try {
      const scripts = await api('GET', base);
      if (signal.aborted) return;
      hideProblem(listError);
      replace(tbody, scripts.length ? scripts.map((s) => h('tr', {
        'data-test': 'script-row', 'data-key': s.key, class: s.key === selected ? 'selected' : null,
      },
      h('td', {}, h('button', { type: 'button', class: 'link-button', 'data-test': 'script-open', onclick: () => select(s.key) }, s.key)),
      h('td', {}, s.name),
      h('td', { 'data-test': 'script-live' }, s.liveVersion ? `v${s.liveVersion}` : '—'),
      h('td', { 'data-test': 'script-trials' }, (s.trialVersions || []).map((v) => `v${v}`).join(', ') || '—'),
      h('td', {}, s.draftVersion ? `v${s.draftVersion}` : '—'),
      h('td', {}, s.versions),
      h('td', { class: 'small' }, timeEl(s.createdAt, 'script-created'), ' ', s.createdBy)))
        : h('tr', { 'data-test': 'scripts-empty' }, h('td', { colspan: 7, class: 'muted' }, 'No scripts yet.')));
      table.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted) return;
      showProblem(listError, err);
      table.setAttribute('data-loaded', 'error');
    }
  }

  function select(key) {
    selected = key;
    history.replaceState(null, '', `#/scripts/${seg(tenant)}?script=${seg(key)}`);
    for (const tr of tbody.querySelectorAll('tr[data-key]')) tr.classList.toggle('selected', tr.getAttribute('data-key') === key);
    loadScript();
  }

  // ---- one script: results side by side, versions, draft, trial -------------------------------------
  const scriptCard = h('section', { id: 'script-card', class: 'card', 'data-test': 'script-card', hidden: true });
  const scriptTitle = h('h2', { id: 'script-title', 'data-test': 'script-title' });
  const scriptError = problemBox('script-error');
  const scriptMessage = h('p', { id: 'script-message', class: 'message', role: 'status', 'data-test': 'script-message', hidden: true });
  const resultsBody = h('tbody', { id: 'results-body', 'data-test': 'results-body' });
  const resultsTable = h('table', { id: 'results-table', class: 'money-table', 'data-test': 'results-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Version'), h('th', {}, 'State'), h('th', { class: 'num' }, 'Calls'), h('th', { class: 'num' }, 'Successes'),
      h('th', { class: 'num' }, 'Success rate'), h('th', { class: 'num' }, 'Average talk time'), h('th', { class: 'num' }, 'Target'), h('th', {}, ''))),
    resultsBody);
  const versionsBody = h('tbody', { id: 'versions-body', 'data-test': 'versions-body' });
  const versionsTable = h('table', { id: 'versions-table', 'data-test': 'versions-table' },
    h('thead', {}, h('tr', {}, ['Version', 'State', 'Testers', 'Created', 'Trial from', 'Live from', 'Notes', ''].map((t) => h('th', {}, t)))), versionsBody);
  const contentBox = h('div', { id: 'version-content', class: 'subform', 'data-test': 'version-content', hidden: true });
  let versions = [];
  let seq = 0;

  async function loadScript() {
    if (!selected) return;
    const key = selected;
    const mine = ++seq;
    scriptCard.hidden = false;
    scriptCard.setAttribute('data-key', key);
    scriptCard.setAttribute('data-loaded', 'false');
    replace(scriptTitle, `Script ${key}`);
    try {
      const [results, list] = await Promise.all([api('GET', `${base}/${seg(key)}/results`), api('GET', `${base}/${seg(key)}/versions`)]);
      if (signal.aborted || mine !== seq) return;
      hideProblem(scriptError);
      versions = list;
      showResults(results);
      showVersions(list);
      showDraft(list.find((v) => v.state === 'DRAFT'));
      scriptCard.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (signal.aborted || mine !== seq) return;
      showProblem(scriptError, err);
      scriptCard.setAttribute('data-loaded', 'error');
    }
  }

  function showResults(results) {
    const live = results.versions.find((v) => v.state === 'LIVE');
    replace(resultsBody, results.versions.length ? results.versions.map((r) => {
      const better = live && r.state === 'TRIAL' && r.successPercent !== null && live.successPercent !== null
        ? Number(r.successPercent) - Number(live.successPercent) : null;
      return h('tr', { 'data-test': 'result-row', 'data-version': r.version, 'data-state': r.state, class: r.state === 'LIVE' ? 'live' : null },
        h('th', { scope: 'row' }, `v${r.version}`),
        h('td', {}, h('span', { class: `status status-${r.state}`, 'data-test': 'result-state' }, r.state)),
        h('td', { class: 'num', 'data-test': 'result-calls' }, r.calls),
        h('td', { class: 'num', 'data-test': 'result-successes' }, r.successes),
        h('td', { class: 'num', 'data-test': 'result-success', 'data-value': plainDecimal(r.successPercent) }, percent(r.successPercent),
          better !== null ? h('span', { class: 'small muted', 'data-test': 'result-vs-live' }, ` (${better >= 0 ? '+' : ''}${better.toFixed(2)} vs LIVE)`) : null),
        h('td', { class: 'num', 'data-test': 'result-talk', 'data-value': plainDecimal(r.averageTalkSeconds) }, seconds(r.averageTalkSeconds)),
        h('td', { class: 'num', 'data-test': 'result-target' }, r.targetCalls === null || r.targetCalls === undefined ? ''
          : `${r.calls} of ${r.targetCalls}${r.targetReached ? ' ✓' : ''}`),
        h('td', {}, writer && r.state === 'TRIAL' ? h('button', {
          type: 'button', 'data-test': 'result-rollout', onclick: () => openRollOut(r),
        }, 'Roll out') : null));
    }) : h('tr', { 'data-test': 'results-empty' }, h('td', { colspan: 8, class: 'muted' }, 'No version has been tried or used yet.')));
  }

  function showVersions(list) {
    replace(versionsBody, list.length ? list.map((v) => h('tr', { 'data-test': 'version-row', 'data-version': v.version, 'data-state': v.state },
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', 'data-test': 'version-show', onclick: () => showContent(v) }, `v${v.version}`)),
      h('td', {}, h('span', { class: `status status-${v.state}` }, v.state)),
      h('td', { class: 'small', 'data-test': 'version-testers' }, (v.testers || []).join(', '), v.targetCalls ? ` · target ${v.targetCalls} calls` : ''),
      h('td', { class: 'small' }, timeEl(v.createdAt, 'version-created-at'), ' ', v.createdBy ?? ''),
      h('td', { class: 'small' }, timeEl(v.trialStartedAt, 'version-trial-at')),
      h('td', { class: 'small' }, timeEl(v.liveAt, 'version-live-at')),
      h('td', { class: 'small wrap' }, v.forcedReason ? `Rolled out before its target: ${v.forcedReason}` : '',
        (v.warnings || []).map((w) => h('div', { class: 'notice', 'data-test': 'version-warning' }, w))),
      h('td', { class: 'actions' },
        writer && v.state === 'DRAFT' ? h('button', { type: 'button', 'data-test': 'version-trial', onclick: () => openTrial(v) }, 'Put on trial') : null,
        writer && (v.state === 'TRIAL' || v.state === 'LIVE') ? h('button', {
          type: 'button', class: 'danger', 'data-test': 'version-retire', onclick: (e) => retire(e.currentTarget, v),
        }, v.state === 'TRIAL' ? 'End trial' : 'Retire') : null)))
      : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No versions.')));
  }

  function showContent(v) {
    const c = v.content || {};
    replace(contentBox,
      h('h3', {}, `v${v.version} (${v.state})`),
      h('h4', {}, 'Opening'), h('p', { class: 'wrap' }, c.opening ?? ''),
      h('h4', {}, 'Questions and objections'),
      h('dl', { class: 'facts' }, (c.interaction || []).map((i) => [h('dt', {}, `${i.kind === 'OBJECTION' ? 'Objection' : 'Question'}: ${i.prompt}`), h('dd', {}, i.answer)])),
      h('h4', {}, 'Close'), h('p', { class: 'wrap' }, c.close ?? ''));
    contentBox.hidden = false;
  }

  async function retire(button, v) {
    if (!window.confirm(`${v.state === 'TRIAL' ? 'End the trial of' : 'Retire'} v${v.version}?`)) return;
    hideProblem(scriptError);
    button.disabled = true;
    try {
      await api('POST', `${base}/${seg(selected)}/versions/${v.version}/retire`);
      showMessage(scriptMessage, `v${v.version} retired.`);
      await Promise.all([loadScript(), loadList()]);
    } catch (err) {
      showProblem(scriptError, err);
      button.disabled = false;
    }
  }

  // Draft editor: opening, questions/objections with answers (one per line: "Q: prompt => answer"), close.
  const draftError = problemBox('draft-error');
  const draftMessage = h('p', { id: 'draft-message', class: 'message', role: 'status', 'data-test': 'draft-message', hidden: true });
  const draftTitle = h('h3', { id: 'draft-title' }, 'New draft');
  const draftForm = h('form', { id: 'draft-form', class: 'subform', novalidate: true, 'data-test': 'draft-form' },
    draftTitle,
    field('Opening', h('textarea', { id: 'draft-opening', name: 'opening', rows: 3, 'data-test': 'draft-opening' })),
    field('Questions and objections', h('textarea', { id: 'draft-interaction', name: 'interaction', rows: 4, 'data-test': 'draft-interaction' }),
      'One a line: "Q: question => answer" or "O: objection => answer".'),
    field('Close', h('textarea', { id: 'draft-close', name: 'close', rows: 2, 'data-test': 'draft-close' })),
    draftError, draftMessage,
    h('button', { type: 'submit', id: 'draft-save', 'data-test': 'draft-save' }, 'Save draft'));

  function showDraft(draft) {
    replace(draftTitle, draft ? `Draft v${draft.version}` : 'New draft (the next version)');
    const c = draft?.content || {};
    draftForm.elements.namedItem('opening').value = c.opening ?? '';
    draftForm.elements.namedItem('interaction').value = (c.interaction || [])
      .map((i) => `${i.kind === 'OBJECTION' ? 'O' : 'Q'}: ${i.prompt} => ${i.answer}`).join('\n');
    draftForm.elements.namedItem('close').value = c.close ?? '';
  }

  draftForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(draftError, draftForm);
    draftMessage.hidden = true;
    const v = formValues(draftForm);
    const interaction = v.interaction.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
      const m = /^([QO])\s*:\s*(.*?)\s*=>\s*(.*)$/i.exec(line);
      return m ? { kind: m[1].toUpperCase() === 'O' ? 'OBJECTION' : 'QUESTION', prompt: m[2], answer: m[3] }
        : { kind: 'QUESTION', prompt: line, answer: '' };
    });
    try {
      const saved = await busy(draftForm, () => api('PUT', `${base}/${seg(selected)}/draft`, { opening: v.opening, interaction, close: v.close }));
      if (signal.aborted) return;
      showMessage(draftMessage, `Draft v${saved.version} saved.`);
      await Promise.all([loadScript(), loadList()]);
    } catch (err) {
      if (!signal.aborted) showProblem(draftError, err, draftForm);
    }
  });

  // Trial dialog.
  const trialError = problemBox('trial-error');
  const trialTitle = h('h2', { id: 'trial-title' }, 'Put on trial');
  const trialForm = h('form', { id: 'trial-form', method: 'dialog', novalidate: true, 'data-test': 'trial-form' },
    trialTitle,
    h('p', { class: 'muted small' }, 'The field tries a version with 8–16 testers making 5–10 calls each; smaller plans are accepted with a warning.'),
    field('Testers', h('textarea', { id: 'trial-testers', name: 'testers', rows: 3, 'data-test': 'trial-testers' }), 'Usernames of agents or team leads, separated by commas or lines.'),
    field('Target calls', h('input', { id: 'trial-target', name: 'targetCalls', type: 'number', min: 1, 'data-test': 'trial-target' })),
    trialError,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', id: 'trial-start', 'data-test': 'trial-start' }, 'Start trial'),
      h('button', { type: 'button', class: 'secondary', 'data-test': 'trial-cancel', onclick: () => trialDialog.close() }, 'Cancel')));
  const trialDialog = h('dialog', { id: 'trial-dialog', 'data-test': 'trial-dialog' }, trialForm);
  let trying = null;

  function openTrial(v) {
    trying = v;
    trialForm.reset();
    hideProblem(trialError, trialForm);
    replace(trialTitle, `Put v${v.version} of ${selected} on trial`);
    trialDialog.showModal();
  }

  trialForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(trialError, trialForm);
    const v = formValues(trialForm);
    const plan = { testers: v.testers.split(/[\s,;]+/).filter(Boolean), targetCalls: Number(v.targetCalls || 0) };
    try {
      const started = await busy(trialForm, () => api('POST', `${base}/${seg(selected)}/versions/${trying.version}/trial`, plan));
      if (signal.aborted) return;
      trialDialog.close();
      showMessage(scriptMessage, `v${started.version} is on trial with ${started.testers.length} testers for ${started.targetCalls} calls.`
        + (started.warnings?.length ? ` Note: ${started.warnings.join(' ')}` : ''));
      await Promise.all([loadScript(), loadList()]);
    } catch (err) {
      if (!signal.aborted) showProblem(trialError, err, trialForm);
    }
  });

  // Roll-out dialog: before the target only with force and a reason.
  const rollError = problemBox('rollout-error');
  const rollTitle = h('h2', { id: 'rollout-title' }, 'Roll out');
  const rollExplanation = h('p', { id: 'rollout-explanation', 'data-test': 'rollout-explanation' });
  const rollReason = h('div', { id: 'rollout-force', 'data-test': 'rollout-force' },
    field('Reason to roll out before the target', h('textarea', { id: 'rollout-reason', name: 'reason', rows: 2, 'data-test': 'rollout-reason' })));
  const rollForm = h('form', { id: 'rollout-form', method: 'dialog', novalidate: true, 'data-test': 'rollout-form' },
    rollTitle, rollExplanation, rollReason, rollError,
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', id: 'rollout-confirm', 'data-test': 'rollout-confirm' }, 'Roll out'),
      h('button', { type: 'button', class: 'secondary', 'data-test': 'rollout-cancel', onclick: () => rollDialog.close() }, 'Cancel')));
  const rollDialog = h('dialog', { id: 'rollout-dialog', 'data-test': 'rollout-dialog' }, rollForm);
  let rolling = null;

  function openRollOut(result) {
    rolling = result;
    rollForm.reset();
    hideProblem(rollError, rollForm);
    replace(rollTitle, `Roll out v${result.version} of ${selected}`);
    replace(rollExplanation, result.targetReached
      ? `The trial reached its target (${result.calls} of ${result.targetCalls} calls). v${result.version} replaces the LIVE version for every agent.`
      : `The trial has ${result.calls} of ${result.targetCalls} calls: rolling out now is recorded as forced, with your reason.`);
    rollReason.hidden = !!result.targetReached;
    rollDialog.showModal();
  }

  rollForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(rollError, rollForm);
    const force = !rolling.targetReached;
    const reason = rollForm.elements.namedItem('reason').value.trim();
    try {
      const live = await busy(rollForm, () => api('POST', `${base}/${seg(selected)}/versions/${rolling.version}/rollout`,
        { force, reason: force ? reason : null }));
      if (signal.aborted) return;
      rollDialog.close();
      showMessage(scriptMessage, `v${live.version} of ${live.key} is LIVE.`);
      await Promise.all([loadScript(), loadList()]);
    } catch (err) {
      if (!signal.aborted) showProblem(rollError, err, rollForm);
    }
  });

  replace(scriptCard,
    h('div', { class: 'page-head' }, scriptTitle,
      h('button', { type: 'button', class: 'secondary', id: 'script-refresh', 'data-test': 'script-refresh', onclick: () => loadScript() }, 'Refresh')),
    scriptError, scriptMessage,
    h('h3', {}, 'Results side by side'),
    h('div', { class: 'table-wrap' }, resultsTable),
    h('h3', {}, 'Versions'),
    h('div', { class: 'table-wrap' }, versionsTable),
    contentBox,
    writer ? draftForm : null);

  // New script form.
  const createError = problemBox('script-form-error');
  const createForm = h('form', { id: 'script-form', class: 'card', novalidate: true, 'data-test': 'script-form' },
    h('h2', {}, 'New script'),
    h('div', { class: 'grid-2' },
      field('Key', h('input', { id: 'script-key', name: 'key', 'data-test': 'script-key', autocomplete: 'off', spellcheck: 'false' }), 'What campaigns reference: lower case, digits, - and _.'),
      field('Name', h('input', { id: 'script-name', name: 'name', 'data-test': 'script-name' }))),
    createError,
    h('button', { type: 'submit', id: 'script-create', 'data-test': 'script-create' }, 'Create script'));
  createForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideProblem(createError, createForm);
    try {
      const created = await busy(createForm, () => api('POST', base, formValues(createForm)));
      if (signal.aborted) return;
      createForm.reset();
      await loadList();
      select(created.key);
    } catch (err) {
      if (!signal.aborted) showProblem(createError, err, createForm);
    }
  });

  replace(main, h('section', { id: 'scripts-page', class: 'page', 'data-test': 'scripts-page', 'data-tenant': tenant },
    h('div', { class: 'page-head' },
      h('h1', {}, `Scripts of ${tenant}`),
      h('button', { type: 'button', id: 'scripts-refresh', class: 'secondary', 'data-test': 'scripts-refresh', onclick: () => loadList() }, 'Refresh')),
    listError,
    h('div', { class: 'table-wrap' }, table),
    scriptCard,
    writer ? createForm : null,
    trialDialog,
    rollDialog));
  loadList();
  loadScript();
}
