// Contact imports (issue 4, decision 0011): upload a CSV or Excel file, see its first rows, map each
// column to a contact field (or apply a saved mapping), start the import into a campaign and follow its
// progress; then the summary with rejects per reason, the qualification rate and the rejects download.
// Earlier imports are listed; a RUNNING one can be stopped or resumed.

import { api, download, query, seg } from '../api.js';
import { h, replace, field, problemBox, showProblem, hideProblem, busy, timeEl, formatBytes } from '../dom.js';

const FIELDS = ['', 'PHONE', 'NAME', 'ALT_PHONE', 'EMAIL', 'ADDRESS', 'CITY', 'REGION_HINT', 'EXTERNAL_ID', 'CUSTOM'];
const POLL_MS = 500;
const IMPORTERS = ['AGENCY_ADMIN', 'TENANT_ADMIN', 'SUPERVISOR'];
export const mayImport = (user) => IMPORTERS.includes(user?.role);

export function renderImports(main, ctx, tenant) {
  const { signal } = ctx;
  const base = `/tenants/${seg(tenant)}/imports`;
  const error = problemBox('import-error');
  const campaignSelect = h('select', { name: 'campaign', id: 'import-campaign', 'data-test': 'import-campaign', required: true });
  const fileInput = h('input', { type: 'file', id: 'import-file', 'data-test': 'import-file', accept: '.csv,.txt,.xlsx', required: true });
  const uploadForm = h('form', { id: 'import-upload', 'data-test': 'import-upload', onsubmit: upload },
    field('Campaign', campaignSelect), field('File', fileInput, 'CSV (UTF-8 or GBK/GB18030, detected) or Excel .xlsx'),
    h('button', { type: 'submit', 'data-test': 'import-upload-submit' }, 'Upload and preview'));
  const mappingBox = h('section', { class: 'card', id: 'import-mapping', 'data-test': 'import-mapping', hidden: true });
  const progressBar = h('progress', { id: 'import-progress', 'data-test': 'import-progress', max: 1 });
  const progressText = h('span', { class: 'small', 'data-test': 'import-progress-text' });
  const jobBox = h('div', { class: 'card', id: 'import-job', 'data-test': 'import-job', hidden: true }, progressBar, ' ', progressText);
  const summaryBox = h('section', { class: 'card', id: 'import-summary', 'data-test': 'import-summary', hidden: true });
  const history = h('div', { id: 'import-history', 'data-test': 'import-history' });
  const message = h('p', { id: 'import-message', class: 'small', 'data-test': 'import-message', hidden: true });
  let uploaded = null; // the current upload: {id, fileName, preview}
  let savedMappings = [];

  replace(main,
    h('div', { class: 'page-head' }, h('h1', {}, `Contact imports · ${tenant}`)),
    h('section', { class: 'card' }, h('h2', {}, 'New import'), error, uploadForm),
    mappingBox, jobBox, summaryBox, message,
    h('section', { class: 'card' }, h('h2', {}, 'Imports'), history));

  loadCampaigns();
  loadHistory();

  async function loadCampaigns() {
    try {
      const page = await api('GET', `/tenants/${seg(tenant)}/campaigns${query({ size: 200 })}`);
      savedMappings = await api('GET', `${base}/mappings`);
      if (signal.aborted) return;
      const open = page.items.filter((c) => c.state !== 'CLOSED');
      replace(campaignSelect, open.map((c) => h('option', { value: c.key }, `${c.name} (${c.key})`)));
    } catch (err) {
      if (!signal.aborted) showProblem(error, err);
    }
  }

  async function upload(event) {
    event.preventDefault();
    hideProblem(error);
    const file = fileInput.files[0];
    if (!file) return;
    await busy(uploadForm, async () => {
      try {
        uploaded = await api('POST', `${base}/uploads${query({ fileName: file.name })}`, file, { contentType: 'application/octet-stream' });
        if (!signal.aborted) showMapping();
      } catch (err) {
        if (!signal.aborted) showProblem(error, err);
      }
    });
  }

  /** The preview with a field chooser above each column; a header row maps by name, else by position. */
  function showMapping() {
    const rows = uploaded.preview.rows;
    const width = Math.max(0, ...rows.map((r) => r.length));
    const headerBox = h('input', { type: 'checkbox', id: 'import-header-row', 'data-test': 'import-header-row', checked: true });
    const selects = [...Array(width).keys()].map((i) => h('select', { 'data-test': 'import-field', 'data-column': String(i) },
      FIELDS.map((f) => h('option', { value: f }, f || '(ignore)'))));
    rows[0]?.forEach((cell, i) => { // a first guess from the header names
      const name = String(cell).toLowerCase();
      const guess = /phone|mobile|tel|电话|手机/.test(name) ? 'PHONE' : /name|姓名|名字/.test(name) ? 'NAME'
        : /city|城市/.test(name) ? 'CITY' : /mail|邮箱/.test(name) ? 'EMAIL' : /addr|地址/.test(name) ? 'ADDRESS' : '';
      if (!selects.some((s) => s.value === guess)) selects[i].value = guess;
    });
    const saved = h('select', { 'data-test': 'import-saved-mapping' },
      h('option', { value: '' }, '(map the columns below)'), savedMappings.map((m) => h('option', { value: m.name }, m.name)));
    const charset = h('select', { 'data-test': 'import-charset' },
      ['', 'UTF-8', 'GB18030'].map((c) => h('option', { value: c }, c || `detected (${uploaded.preview.charset ?? 'xlsx'})`)));
    const saveAs = h('input', { type: 'text', 'data-test': 'import-save-as', placeholder: 'name to save this mapping under (optional)' });
    const strict = h('input', { type: 'checkbox', 'data-test': 'import-strict' });
    const startButton = h('button', { type: 'button', 'data-test': 'import-start', onclick: () => start(startButton) }, 'Import');
    const table = h('table', { class: 'grid', 'data-test': 'import-preview' },
      h('thead', {}, h('tr', {}, selects.map((s) => h('th', {}, s)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, [...Array(width).keys()].map((i) => h('td', {}, r[i] ?? ''))))));
    replace(mappingBox,
      h('h2', {}, `${uploaded.fileName} · ${formatBytes(uploaded.bytes)}`),
      field('Saved mapping', saved), h('label', {}, headerBox, ' The first row names the columns'),
      h('div', { class: 'scroll-x' }, table),
      field('Character set', charset), field('Save mapping as', saveAs),
      h('label', {}, strict, ' A row with more or fewer cells than the header fails the whole file'),
      h('div', { class: 'button-row' }, startButton));
    mappingBox.hidden = false;

    async function start(button) {
      hideProblem(error);
      const headerRow = headerBox.checked;
      const header = rows[0] ?? [];
      const columns = selects.flatMap((s, i) => {
        if (!s.value) return [];
        const byName = headerRow && header[i] ? { header: String(header[i]) } : { index: i };
        return [{ ...byName, field: s.value, customName: s.value === 'CUSTOM' ? String(header[i] || `column ${i + 1}`) : null }];
      });
      const body = {
        uploadId: uploaded.id, fileName: uploaded.fileName, charset: charset.value || null,
        mapping: saved.value ? null : { headerRow, columns }, mappingName: saved.value || null,
        saveMappingAs: saveAs.value.trim() || null, strictColumns: strict.checked,
      };
      button.disabled = true;
      try {
        const job = await api('POST', `${base}${query({ campaign: campaignSelect.value })}`, body);
        if (!signal.aborted) follow(job, campaignSelect.value, button);
      } catch (err) {
        button.disabled = false;
        if (!signal.aborted) showProblem(error, err);
      }
    }
  }

  function follow(job, campaign, button) {
    jobBox.hidden = false;
    jobBox.setAttribute('data-state', job.state);
    if (job.total > 0) {
      progressBar.max = job.total;
      progressBar.value = Math.min(job.done, job.total);
    } else {
      progressBar.removeAttribute('value');
    }
    const label = { RUNNING: 'Importing…', SUCCEEDED: 'Done', FAILED: 'Failed' }[job.state] || job.state;
    replace(progressText, h('strong', {}, label), ' ',
      job.total > 0 ? `${formatBytes(job.done)} of ${formatBytes(job.total)} read` : 'starting…');
    if (job.state === 'RUNNING') {
      setTimeout(async () => {
        try {
          const next = await api('GET', `/jobs/${seg(job.id)}`);
          if (!signal.aborted) follow(next, campaign, button);
        } catch (err) {
          if (!signal.aborted) showProblem(error, err);
        }
      }, POLL_MS);
      return;
    }
    if (button) button.disabled = false;
    loadHistory();
    if (job.state === 'SUCCEEDED') {
      showSummary(JSON.parse(job.result));
    } else {
      showProblem(error, { title: 'Import failed', detail: job.message || 'The import ended without a summary.' });
    }
  }

  function showSummary(s) {
    const rate = s.qualificationRate == null ? '–' : `${(Number(s.qualificationRate) * 100).toFixed(2)} %`;
    replace(summaryBox,
      h('h2', {}, `Import ${s.importId} into ${s.campaignKey}: ${s.state}`),
      h('dl', { class: 'details' },
        h('dt', {}, 'Rows read'), h('dd', { 'data-test': 'import-rows' }, String(s.rowsRead)),
        h('dt', {}, 'Accepted'), h('dd', { 'data-test': 'import-accepted' }, String(s.accepted)),
        h('dt', {}, 'Rejected'), h('dd', { 'data-test': 'import-rejected' }, String(s.rejected)),
        h('dt', {}, 'Qualification rate'), h('dd', { 'data-test': 'import-rate' }, rate)),
      h('ul', {}, Object.entries(s.rejectedByReason).map(([reason, n]) => h('li', { 'data-test': 'import-reason', 'data-reason': reason }, `${reason}: ${n}`))),
      s.rejected > 0 ? h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'secondary', 'data-test': 'import-rejects-csv', onclick: () => rejects(s, 'csv') }, 'Rejected rows (CSV)'),
        h('button', { type: 'button', class: 'secondary', 'data-test': 'import-rejects-xlsx', onclick: () => rejects(s, 'xlsx') }, 'Rejected rows (Excel)'))
        : null);
    summaryBox.hidden = false;
  }

  async function rejects(s, format) {
    try {
      const filename = `import-${s.importId}-rejects.${format}`;
      const blob = await download(`${base}/${seg(s.importId)}/rejects${query({ format })}`, filename);
      message.setAttribute('data-file', filename);
      message.setAttribute('data-bytes', String(blob.size));
      replace(message, `${filename} downloaded: ${formatBytes(blob.size)}.`);
      message.hidden = false;
    } catch (err) {
      showProblem(error, err);
    }
  }

  async function loadHistory() {
    history.setAttribute('data-loaded', 'false');
    try {
      const list = await api('GET', `${base}${query({ limit: 20 })}`);
      if (signal.aborted) return;
      replace(history, list.length === 0 ? h('p', { class: 'muted' }, 'No imports yet.') : h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['Id', 'Campaign', 'File', 'State', 'Read', 'Accepted', 'Rejected', 'Rate', 'Started', ''].map((c) => h('th', {}, c)))),
        h('tbody', {}, list.map((s) => h('tr', { 'data-test': 'import-row', 'data-id': String(s.importId), 'data-state': s.state },
          h('td', {}, String(s.importId)), h('td', {}, s.campaignKey), h('td', {}, s.fileName), h('td', {}, s.state),
          h('td', {}, String(s.rowsRead)), h('td', {}, String(s.accepted)), h('td', {}, String(s.rejected)),
          h('td', {}, s.qualificationRate ?? '–'), h('td', {}, timeEl(s.startedAt, 'import-started')),
          h('td', {}, s.state === 'RUNNING' ? h('div', { class: 'button-row' },
            h('button', { type: 'button', class: 'secondary', 'data-test': 'import-stop', onclick: () => act(s, 'stop') }, 'Stop'),
            h('button', { type: 'button', class: 'secondary', 'data-test': 'import-resume', onclick: () => act(s, 'resume') }, 'Resume'))
            : s.state === 'COMPLETED' ? h('button', { type: 'button', class: 'secondary', 'data-test': 'import-show', onclick: () => showSummary(s) }, 'Summary')
              : h('span', { class: 'small', title: s.error }, s.error?.slice(0, 80))))))));
      history.setAttribute('data-loaded', 'true');
    } catch (err) {
      if (!signal.aborted) showProblem(error, err);
    }
  }

  async function act(s, action) {
    hideProblem(error);
    try {
      const job = await api('POST', `${base}/${seg(s.importId)}/${action}`);
      if (action === 'resume' && job) follow(job, s.campaignKey, null);
      else loadHistory();
    } catch (err) {
      showProblem(error, err);
    }
  }
}
