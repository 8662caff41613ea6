// The LMS harness: reads an unzipped SCORM package's imsmanifest.xml, launches
// a SCO in an iframe with scorm-again as the LMS API (window.API for 1.2,
// window.API_1484_11 for 2004), keeps each SCO's CMI data in localStorage the
// way an LMS keeps an attempt, and shows it. Query: ?package=<folder of the
// unzipped package, relative to this page> (default ../scorm12/).
// Plain JavaScript and no build step, so it runs from any static server.

const params = new URLSearchParams(location.search);
const packageUrl = new URL(params.get('package') ?? '../scorm12/', location.href);
const $ = (id) => document.getElementById(id);
const text = (tag, content, attributes = {}) => {
  const node = document.createElement(tag);
  node.textContent = content ?? '';
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

/** The package as the manifest describes it. */
async function readManifest() {
  const response = await fetch(new URL('imsmanifest.xml', packageUrl));
  if (!response.ok)
    throw new Error(`no imsmanifest.xml at ${packageUrl.href} (${response.status})`);
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  if (xml.querySelector('parsererror')) throw new Error('imsmanifest.xml is not well-formed XML');
  const schemaversion = xml.getElementsByTagNameNS('*', 'schemaversion')[0]?.textContent?.trim();
  const version = schemaversion === '1.2' ? 'scorm12' : 'scorm2004';
  const resources = new Map(
    [...xml.getElementsByTagNameNS('*', 'resource')].map((r) => [r.getAttribute('identifier'), r]),
  );
  const items = [...xml.getElementsByTagNameNS('*', 'item')].map((item) => {
    const resource = resources.get(item.getAttribute('identifierref'));
    const href = (resource?.getAttribute('href') ?? '') + (item.getAttribute('parameters') ?? '');
    const title = item.getElementsByTagNameNS('*', 'title')[0]?.textContent ?? '';
    return { id: item.getAttribute('identifier'), title, href };
  });
  const orgTitle = xml.getElementsByTagNameNS('*', 'organization')[0]?.firstElementChild;
  return { version, schemaversion, items, title: orgTitle?.textContent ?? '' };
}

const storageKey = (item) => `mtc-lms-harness:${packageUrl.pathname}:${item.id}`;

/** An attempt as stored: the CMI data at the last commit, and how the SCO left. */
function readAttempt(item) {
  try {
    return JSON.parse(localStorage.getItem(storageKey(item)) ?? 'null');
  } catch {
    return null;
  }
}

/** Session time as seconds, from either version's format. */
function seconds(span) {
  if (!span) return 0;
  const clock = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(span);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(span);
  if (!iso) return 0;
  const [, d = 0, h = 0, m = 0, s = 0] = iso;
  return Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function clock12(total) {
  const pad = (n) => String(Math.floor(n)).padStart(2, '0');
  return `${String(Math.floor(total / 3600)).padStart(4, '0')}:${pad((total % 3600) / 60)}:${pad(total % 60)}`;
}

/** What the LMS hands the SCO on relaunch: the suspended attempt, entry resume, total time so far. */
function startingData(version, attempt) {
  if (!attempt || attempt.exit !== 'suspend') return null;
  const cmi = structuredClone(attempt.cmi.cmi ?? attempt.cmi);
  const total = attempt.totalSeconds ?? 0;
  if (version === 'scorm12') {
    delete cmi.core.session_time;
    delete cmi.core.exit;
    cmi.core.entry = 'resume';
    cmi.core.total_time = clock12(total);
  } else {
    delete cmi.session_time;
    delete cmi.exit;
    cmi.entry = 'resume';
    cmi.total_time = `PT${Math.round(total)}S`;
  }
  return { cmi };
}

/** An API whose every write and commit is refused, for the failing-LMS test. */
function failing(api, version) {
  const codes =
    version === 'scorm12' ? { set: '405', commit: '101' } : { set: '351', commit: '391' };
  let last = '0';
  const refuse = (code) => () => ((last = code), 'false');
  const names =
    version === 'scorm12'
      ? [
          'LMSInitialize',
          'LMSFinish',
          'LMSGetValue',
          'LMSSetValue',
          'LMSCommit',
          'LMSGetLastError',
          'LMSGetErrorString',
          'LMSGetDiagnostic',
        ]
      : [
          'Initialize',
          'Terminate',
          'GetValue',
          'SetValue',
          'Commit',
          'GetLastError',
          'GetErrorString',
          'GetDiagnostic',
        ];
  const [init, finish, get, set, commit, lastError, errorString, diagnostic] = names;
  return {
    [init]: (p) => ((last = '0'), api[init](p)),
    [finish]: (p) => ((last = '0'), api[finish](p)),
    [get]: (e) => ((last = '0'), api[get](e)),
    [set]: refuse(codes.set),
    [commit]: refuse(codes.commit),
    [lastError]: () => last,
    [errorString]: (code) => (code === '0' ? 'No error' : `Harness refused the call (${code})`),
    [diagnostic]: () => 'The harness was told to fail every write.',
  };
}

const state = { manifest: null, api: null, item: null, closing: null };

function currentCmi() {
  if (!state.api) return state.item ? (readAttempt(state.item)?.cmi ?? null) : null;
  return state.api.renderCMIToJSONObject();
}

/** The LMS-side record in one plain shape for both versions (read by the page and the tests). */
function summary() {
  const data = currentCmi();
  const cmi = data?.cmi ?? data;
  if (!cmi) return null;
  const v12 = state.manifest.version === 'scorm12';
  const core = v12 ? cmi.core : cmi;
  const list = (value) =>
    Array.isArray(value) ? value : Object.values(value?.childArray ?? value ?? {});
  return {
    version: state.manifest.version,
    status: v12 ? core.lesson_status : cmi.completion_status,
    success: v12 ? undefined : cmi.success_status,
    score: { ...core.score },
    sessionTime: core.session_time,
    totalTime: core.total_time,
    exit: core.exit,
    entry: core.entry,
    location: v12 ? core.lesson_location : cmi.location,
    suspendData: cmi.suspend_data,
    comments: v12 ? cmi.comments : list(cmi.comments_from_learner),
    interactions: list(cmi.interactions).map((i) => ({
      id: i.id,
      type: i.type,
      response: v12 ? i.student_response : i.learner_response,
      result: i.result,
      latency: i.latency,
      time: v12 ? i.time : i.timestamp,
      description: i.description ?? '',
    })),
  };
}

let live = 0;

function render() {
  const s = summary();
  const dl = $('summary');
  dl.replaceChildren();
  const rows = s
    ? [
        ['SCO', state.item?.title ?? ''],
        ['status', s.status],
        ['success', s.success ?? '—'],
        [
          'score',
          `${s.score.raw ?? ''} (min ${s.score.min ?? ''}, max ${s.score.max ?? ''}${s.score.scaled !== undefined ? `, scaled ${s.score.scaled}` : ''})`,
        ],
        ['session time', s.sessionTime ?? ''],
        ['exit', s.exit ?? ''],
        ['entry', s.entry ?? ''],
        ['location', s.location ?? ''],
        ['suspend_data', `${(s.suspendData ?? '').length} characters`],
      ]
    : [['SCO', 'nothing recorded yet']];
  for (const [term, value] of rows)
    dl.append(text('dt', term), text('dd', String(value ?? ''), { 'data-field': term }));
  const body = $('interactions').tBodies[0];
  body.replaceChildren(
    ...(s?.interactions ?? []).map((i, n) => {
      const tr = document.createElement('tr');
      for (const cell of [n, i.id, i.response, i.result, i.latency, i.time, i.description])
        tr.append(text('td', String(cell ?? '')));
      return tr;
    }),
  );
  const comments = s
    ? typeof s.comments === 'string'
      ? s.comments.split('\n').filter(Boolean)
      : s.comments.map((c) => `${c.location}: ${c.comment}`)
    : [];
  $('comments').replaceChildren(...comments.map((c) => text('li', c)));
  $('raw').textContent = JSON.stringify(currentCmi(), null, 2);
}

function persist(finished) {
  if (!state.api || !state.item) return;
  const cmi = state.api.renderCMIToJSONObject();
  const core = state.manifest.version === 'scorm12' ? (cmi.cmi ?? cmi).core : (cmi.cmi ?? cmi);
  const before = readAttempt(state.item)?.totalSeconds ?? 0;
  const attempt = { cmi, exit: core.exit, totalSeconds: before };
  if (finished) attempt.totalSeconds = before + seconds(core.session_time);
  localStorage.setItem(storageKey(state.item), JSON.stringify(attempt));
  render();
}

function launch(item) {
  const { version } = state.manifest;
  const Api = version === 'scorm12' ? window.Scorm12API : window.Scorm2004API;
  const api = new Api({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  const start = startingData(version, readAttempt(item));
  if (start) api.loadFromJSON(start.cmi, 'cmi');
  const events = version === 'scorm12' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate'];
  api.on(events[0], () => persist(false));
  api.on(events[1], () => persist(true));
  state.api = api;
  state.item = item;
  const exposed = $('fail').checked ? failing(api, version) : api;
  delete window.API;
  delete window.API_1484_11;
  window[version === 'scorm12' ? 'API' : 'API_1484_11'] = exposed;
  const frame = $('frame');
  frame.hidden = false;
  frame.src = new URL(item.href, packageUrl).href;
  $('close').disabled = false;
  // The SCO commits after each decision; this also shows values set between commits.
  clearInterval(live);
  live = setInterval(render, 1000);
  $('message').textContent =
    `Launched "${item.title}"${start ? ' (resuming the suspended attempt)' : ''}.`;
  render();
}

/** Unloads the SCO (its pagehide commits and finishes), then keeps what the LMS holds. */
async function close() {
  const frame = $('frame');
  if (frame.hidden) return;
  await new Promise((done) => {
    frame.addEventListener('load', done, { once: true });
    frame.src = 'about:blank';
  });
  frame.hidden = true;
  clearInterval(live);
  persist(false);
  state.api = null;
  $('close').disabled = true;
  $('message').textContent = 'The meeting was closed; the LMS data below is kept for a relaunch.';
  render();
}

async function start() {
  try {
    state.manifest = await readManifest();
  } catch (error) {
    $('package-line').textContent =
      `Cannot open the package: ${error.message}. Give its folder as ?package=../scorm12/`;
    return;
  }
  const { manifest } = state;
  $('package-line').textContent =
    `${manifest.title} — SCORM ${manifest.schemaversion}, ${manifest.items.length} SCOs, from ${packageUrl.pathname}`;
  $('items').replaceChildren(
    ...manifest.items.map((item) => {
      const button = text('button', `Launch: ${item.title}`, {
        type: 'button',
        'data-item': item.id,
      });
      button.addEventListener('click', () => launch(item));
      return text('li', '').appendChild(button).parentElement;
    }),
  );
  $('close').addEventListener('click', () => void close());
  $('forget').addEventListener('click', () => {
    for (const item of manifest.items) localStorage.removeItem(storageKey(item));
    $('message').textContent = 'All LMS data was forgotten.';
    render();
  });
  state.item = manifest.items[0] ?? null;
  render();
}

window.harness = {
  ready: start(),
  items: () => state.manifest?.items ?? [],
  launch: (id) => launch(state.manifest.items.find((item) => item.id === id)),
  close,
  summary,
  frame: () => $('frame'),
};
