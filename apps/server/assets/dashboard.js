// The coordinator dashboard: plain ES module, no build step. The API key lives in this tab's sessionStorage.

const keyStorage = 'neighbourly:api-key';
const api = new URL('api/', new URL('./', location.href));
const $ = (id) => document.getElementById(id);

const statusColours = {
  achieved: { fill: '#b7e1c1', label: 'Target achieved' },
  improving: { fill: '#dcefd9', label: 'Improving' },
  'no-change': { fill: '#e9ecef', label: 'No clear change' },
  mixed: { fill: '#fff0c2', label: 'Mixed' },
  worsening: { fill: '#f6cdd0', label: 'Worsening' },
  'insufficient-data': { fill: '#eef1f4', label: 'Not enough data' },
  'not-measured': { fill: '#ffffff', label: 'Not measured' },
};

const state = {
  me: undefined,
  projects: [],
  project: undefined,
  waves: [],
  surveys: [],
  charts: [],
  breakdownCharts: [],
  links: [],
};

function localize(text, lang) {
  if (typeof text === 'string') return text;
  if (!text) return '';
  return text[lang] ?? text.en ?? text.nl ?? text.fr ?? '';
}

function lang() {
  return $('lang').value;
}

async function call(path, options = {}) {
  const key = sessionStorage.getItem(keyStorage);
  const response = await fetch(new URL(path, api), {
    ...options,
    headers: { Accept: 'application/json', Authorization: `Bearer ${key}`, ...(options.headers ?? {}) },
  });
  if (response.status === 401) {
    logout('Your key is no longer accepted. Log in again.');
    throw new Error('unauthorized');
  }
  if (!response.ok) {
    let detail = `${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail ?? detail;
    } catch {}
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return response;
}

const getJson = async (path) => (await call(path)).json();

function notice(text) {
  $('notice').textContent = text;
}

function logout(message = '') {
  sessionStorage.removeItem(keyStorage);
  state.me = undefined;
  $('app').hidden = true;
  $('session').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message;
  $('api-key').focus();
}

async function login(key) {
  sessionStorage.setItem(keyStorage, key);
  try {
    state.me = await getJson('me');
  } catch (error) {
    if (error.message !== 'unauthorized') logout(`Cannot log in: ${error.message}`);
    else $('login-error').textContent = 'This key is not valid.';
    return;
  }
  $('login').hidden = true;
  $('session').hidden = false;
  $('whoami').textContent = `Role: ${state.me.role}`;
  $('app').hidden = false;
  for (const element of document.querySelectorAll('[data-needs]')) {
    element.hidden = !element.dataset.needs.split(' ').includes(state.me.role);
  }
  state.projects = await getJson('projects');
  const select = $('project');
  select.replaceChildren(...state.projects.map((project) => new Option(project.name, project.id)));
  if (state.projects.length === 0) {
    notice('No projects yet. Create one with POST /api/projects (see the API reference).');
    return;
  }
  await showProject(state.projects[0].id);
}

function percent(value) {
  return value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

function renderWaves() {
  const body = $('waves').querySelector('tbody');
  const canInvite = state.me.role === 'admin' || state.me.role === 'coordinator';
  body.replaceChildren(
    ...state.waves.map((wave) => {
      const row = document.createElement('tr');
      const cells = [
        wave.label,
        wave.status,
        wave.access,
        wave.counts.invited,
        wave.counts.started,
        wave.counts.responses,
        percent(wave.counts.responseRate),
      ];
      cells.forEach((value, index) => {
        const cell = document.createElement(index === 0 ? 'th' : 'td');
        if (index === 0) cell.scope = 'row';
        if (index >= 3) cell.className = 'num';
        cell.textContent = String(value);
        row.append(cell);
      });
      const actions = document.createElement('td');
      if (canInvite && wave.access === 'invitation' && wave.status !== 'closed') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary';
        button.textContent = 'Create invitations';
        button.addEventListener('click', () => invite(wave));
        actions.append(button);
      } else if (wave.access === 'open' && wave.status !== 'closed') {
        const link = document.createElement('a');
        link.href = new URL(`o/${wave.id}`, new URL('./', location.href)).href;
        link.textContent = 'Open survey link';
        actions.append(link);
      }
      row.append(actions);
      return row;
    }),
  );
}

async function invite(wave) {
  const answer = prompt(`How many new invitation links for “${wave.label}”?`, '10');
  if (answer === null) return;
  const count = Number(answer);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    notice('Give a whole number between 1 and 1000.');
    return;
  }
  const links = await (
    await call(`waves/${wave.id}/invitations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ count }),
    })
  ).json();
  state.links = links;
  $('invitation-links').replaceChildren(
    ...links.map((link) => {
      const item = document.createElement('li');
      item.textContent = link.url;
      return item;
    }),
  );
  $('invitations').hidden = false;
  notice(`${links.length} invitation links created for ${wave.label}.`);
  await loadWaves();
}

function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function downloadFrom(path, filename, what) {
  notice(`Preparing ${what}…`);
  try {
    const blob = await (await call(path, { headers: { Accept: '*/*' } })).blob();
    download(blob, filename);
    notice(`${what} downloaded.`);
  } catch (error) {
    notice(`Could not download ${what}: ${error.message}`);
  }
}

function destroyCharts() {
  for (const chart of state.charts) chart.destroy();
  state.charts = [];
}

const whiskers = {
  id: 'whiskers',
  afterDatasetsDraw(chart) {
    const { ctx, scales, chartArea } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(
      chartArea.left,
      chartArea.top,
      chartArea.right - chartArea.left,
      chartArea.bottom - chartArea.top,
    );
    ctx.clip();
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((bar, index) => {
        const ci = dataset.ci?.[index];
        if (!ci) return;
        const top = scales.y.getPixelForValue(ci[1]);
        const bottom = scales.y.getPixelForValue(ci[0]);
        const half = Math.min(8, bar.width / 4);
        ctx.save();
        ctx.strokeStyle = '#1b1f24';
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(bar.x, top);
        ctx.lineTo(bar.x, bottom);
        ctx.moveTo(bar.x - half, top);
        ctx.lineTo(bar.x + half, top);
        ctx.moveTo(bar.x - half, bottom);
        ctx.lineTo(bar.x + half, bottom);
        ctx.stroke();
        ctx.restore();
      });
    });
    ctx.restore();
  },
};

const palette = ['#0b5cad', '#c25400', '#2e7d32', '#6a3d9a', '#b3261e', '#00796b'];

function scaleFactor(indicator) {
  return indicator.unit === 'share' || indicator.kind === 'proportion' ? 100 : 1;
}

/** The y axis: 0-100 for shares; the answer scale for means of items; otherwise chart.js decides. */
function axisRange(indicator, factor) {
  if (factor === 100) return { max: 100 };
  if (indicator.kind === 'mean' && indicator.scale) return { min: 0, max: indicator.scale.max };
  return {};
}

function chartFigure(container, title, summary) {
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const box = document.createElement('div');
  box.className = 'chart-box';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${title}: ${summary}`);
  box.append(canvas);
  const details = document.createElement('details');
  const detailsSummary = document.createElement('summary');
  detailsSummary.textContent = 'Figures';
  const text = document.createElement('p');
  text.textContent = summary;
  details.append(detailsSummary, text);
  figure.append(caption, box, details);
  container.append(figure);
  return canvas;
}

function formatCell(cell, factor, unit) {
  if (cell === undefined) return 'no data';
  if (cell.suppressed) {
    return cell.suppression === 'complementary'
      ? 'not shown (hidden to protect a small group)'
      : 'not shown (too few respondents)';
  }
  const value = (cell.value * factor).toFixed(factor === 100 ? 0 : 2);
  const ci = cell.ci
    ? ` (95% CI ${(cell.ci[0] * factor).toFixed(factor === 100 ? 0 : 2)}–${(cell.ci[1] * factor).toFixed(factor === 100 ? 0 : 2)})`
    : '';
  return `${value}${unit}${ci}, n=${cell.n}`;
}

function isWhole(group) {
  return Object.keys(group).length === 0;
}

async function renderIndicators() {
  $('charts').replaceChildren();
  const indicators = state.project.indicatorSet?.indicators ?? [];
  if (indicators.length === 0) {
    $('charts').textContent = 'This project has no indicator set yet.';
    return;
  }
  const results = await getJson(`projects/${state.project.id}/indicators`);
  const waveLabel = new Map(state.waves.map((wave) => [wave.id, wave.label]));
  for (const indicator of indicators) {
    const factor = scaleFactor(indicator);
    const unit = factor === 100 ? '%' : '';
    const cells = results.waves.map((waveId) =>
      results.cells.find(
        (cell) => cell.indicatorId === indicator.id && cell.waveId === waveId && isWhole(cell.group),
      ),
    );
    const labels = results.waves.map((waveId) => waveLabel.get(waveId) ?? waveId);
    const summary = labels
      .map((label, index) => `${label}: ${formatCell(cells[index], factor, unit)}`)
      .join('; ');
    const canvas = chartFigure($('charts'), localize(indicator.label, lang()), summary);
    const values = cells.map((cell) => (cell && !cell.suppressed ? cell.value * factor : null));
    const ci = cells.map((cell) =>
      cell?.ci && !cell.suppressed ? cell.ci.map((bound) => bound * factor) : undefined,
    );
    state.charts.push(
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels,
          datasets: [
            { label: localize(indicator.label, lang()), data: values, ci, backgroundColor: '#5b8fd1' },
          ],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: {
            y: {
              beginAtZero: true,
              ...axisRange(indicator, factor),
              title: { display: true, text: factor === 100 ? '%' : 'score' },
            },
          },
        },
        plugins: [whiskers],
      }),
    );
  }
}

function backgroundQuestionNames() {
  const names = new Set(['respondentGroup']);
  const visit = (elements) => {
    for (const element of elements ?? []) {
      // Background (equity) questions: marked as such, or CAIMeR context questions with fixed choices.
      const metadata = element?.neighbourly;
      const contextChoice = metadata?.caimer === 'context' && Array.isArray(element?.choices);
      if (element?.name && (metadata?.background || contextChoice)) names.add(element.name);
      visit(element?.elements);
    }
  };
  for (const survey of state.surveys) {
    for (const page of survey.definition?.pages ?? []) visit(page.elements);
    visit(survey.definition?.elements);
  }
  return [...names];
}

async function renderBreakdown() {
  const groupBy = $('group-by').value;
  const container = $('breakdown');
  for (const chart of state.breakdownCharts) chart.destroy();
  state.breakdownCharts = [];
  container.replaceChildren();
  const indicators = state.project.indicatorSet?.indicators ?? [];
  if (!groupBy || indicators.length === 0 || state.waves.length === 0) return;
  const last =
    [...state.waves].reverse().find((wave) => wave.counts.responses > 0) ??
    state.waves[state.waves.length - 1];
  const results = await getJson(
    `projects/${state.project.id}/indicators?waveId=${last.id}&groupBy=${encodeURIComponent(groupBy)}`,
  );
  for (const indicator of indicators) {
    const factor = scaleFactor(indicator);
    const unit = factor === 100 ? '%' : '';
    const cells = results.cells.filter(
      (cell) =>
        cell.indicatorId === indicator.id && Object.keys(cell.group).length === 1 && groupBy in cell.group,
    );
    if (cells.length === 0) continue;
    const labels = cells.map((cell) => cell.group[groupBy]);
    const summary = cells
      .map((cell, index) => `${labels[index]}: ${formatCell(cell, factor, unit)}`)
      .join('; ');
    const canvas = chartFigure(container, `${localize(indicator.label, lang())} — ${last.label}`, summary);
    state.breakdownCharts.push(
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels,
          datasets: [
            {
              label: localize(indicator.label, lang()),
              data: cells.map((cell) => (cell.suppressed ? null : cell.value * factor)),
              ci: cells.map((cell) =>
                cell.ci && !cell.suppressed ? cell.ci.map((bound) => bound * factor) : undefined,
              ),
              backgroundColor: cells.map((_cell, index) => palette[index % palette.length]),
            },
          ],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: {
            y: {
              beginAtZero: true,
              ...axisRange(indicator, factor),
            },
          },
        },
        plugins: [whiskers],
      }),
    );
  }
  if (container.childElementCount === 0) container.textContent = 'No results for this grouping.';
}

async function renderTheoryOfChange() {
  const container = $('toc');
  container.replaceChildren();
  $('toc-legend').replaceChildren();
  if (!state.project.theoryOfChange) {
    container.textContent = 'This project has no theory of change yet.';
    return;
  }
  const { svg, progress } = await getJson(`projects/${state.project.id}/theory-of-change?lang=${lang()}`);
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  container.append(document.importNode(parsed, true));
  const tocId = state.project.theoryOfChange.id;
  const used = new Set();
  for (const node of progress.nodes) {
    const group = container.querySelector(`[id="toc-${tocId}-node-${node.nodeId}"]`);
    const colour = statusColours[node.status];
    if (!group || !colour) continue;
    group.querySelector('rect')?.setAttribute('fill', colour.fill);
    group.setAttribute('data-status', node.status);
    const title = group.querySelector('title');
    if (title) title.textContent = `${title.textContent} — ${colour.label}`;
    used.add(node.status);
  }
  $('toc-legend').replaceChildren(
    ...[...used].map((status) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = statusColours[status].fill;
      item.append(swatch, statusColours[status].label);
      return item;
    }),
  );
}

async function loadWaves() {
  state.waves = await getJson(`projects/${state.project.id}/waves`);
  renderWaves();
}

async function showProject(projectId) {
  destroyCharts();
  state.project = await getJson(`projects/${projectId}`);
  $('project').value = projectId;
  $('project-title').textContent = state.project.name;
  if (!state.project.languages.includes(lang())) $('lang').value = state.project.languages[0];
  $('invitations').hidden = true;
  notice('');
  await loadWaves();
  const surveys = await getJson(`projects/${projectId}/surveys`);
  state.surveys = await Promise.all(
    surveys.map((survey) => getJson(`projects/${projectId}/surveys/${survey.id}`)),
  );
  const groupSelect = $('group-by');
  const names = backgroundQuestionNames();
  groupSelect.replaceChildren(
    new Option('—', ''),
    ...names.map((name) => new Option(name === 'respondentGroup' ? 'Respondent group' : name, name)),
  );
  groupSelect.value = names.find((name) => name !== 'respondentGroup') ?? '';
  await Promise.all([renderTheoryOfChange(), renderIndicators()]);
  await renderBreakdown();
}

$('login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  login($('api-key').value.trim());
});
$('logout').addEventListener('click', () => logout());
$('project').addEventListener('change', () => showProject($('project').value));
$('lang').addEventListener('change', () => showProject(state.project.id));
$('group-by').addEventListener('change', () => renderBreakdown().catch((error) => notice(error.message)));
$('report').addEventListener('click', () =>
  downloadFrom(
    `projects/${state.project.id}/report.pdf?lang=${lang()}`,
    `${state.project.slug}-impact-report-${lang()}.pdf`,
    'the impact report',
  ),
);
for (const button of document.querySelectorAll('[data-export]')) {
  button.addEventListener('click', () => {
    const { export: format, layout } = button.dataset;
    downloadFrom(
      `projects/${state.project.id}/responses.${format}?layout=${layout}`,
      `${state.project.slug}-responses-${layout}.${format}`,
      `the ${format.toUpperCase()} export`,
    );
  });
}
$('invitations-csv').addEventListener('click', () => {
  const lines = ['respondentId,url', ...state.links.map((link) => `${link.respondentId},${link.url}`)];
  download(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv' }), 'invitation-links.csv');
});

const saved = sessionStorage.getItem(keyStorage);
if (saved) login(saved);
else logout();
