// The respondent page: renders a wave's SurveyJS survey (survey-core + survey-js-ui, loaded as classic scripts
// before this module), saves progress for invitation links, and submits the answers for server-side validation.

const texts = {
  en: {
    loading: 'Loading the survey…',
    saving: 'Saving your answers…',
    saved: 'Your answers so far are saved. You can come back later with the same link.',
    thanksTitle: 'Thank you!',
    thanksText: 'Your answers have been received. You can close this page.',
    invalid: ['This link does not work', 'Check that you opened the whole link from your invitation.'],
    revoked: ['This link is no longer valid', 'The project team withdrew this invitation.'],
    expired: ['This link has expired', 'The time to answer with this link is over.'],
    closed: ['This survey is closed', 'Answers are no longer collected. Thank you for your interest.'],
    used: ['You already answered', 'This survey was completed with this link. Thank you!'],
    'not-yet-open': ['This survey is not open yet', 'Please come back when the survey opens.'],
    error: ['Something went wrong', 'Please try again in a moment.'],
    fix: 'Some answers need your attention:',
  },
  nl: {
    loading: 'De bevraging wordt geladen…',
    saving: 'Uw antwoorden worden bewaard…',
    saved: 'Uw antwoorden tot nu toe zijn bewaard. U kunt later verdergaan met dezelfde link.',
    thanksTitle: 'Dank u wel!',
    thanksText: 'Uw antwoorden zijn goed ontvangen. U mag deze pagina sluiten.',
    invalid: ['Deze link werkt niet', 'Controleer of u de volledige link uit uw uitnodiging hebt geopend.'],
    revoked: ['Deze link is niet meer geldig', 'Het projectteam heeft deze uitnodiging ingetrokken.'],
    expired: ['Deze link is verlopen', 'De tijd om met deze link te antwoorden is voorbij.'],
    closed: [
      'Deze bevraging is afgesloten',
      'Er worden geen antwoorden meer verzameld. Bedankt voor uw interesse.',
    ],
    used: ['U hebt al geantwoord', 'Deze bevraging werd met deze link al ingevuld. Dank u wel!'],
    'not-yet-open': ['Deze bevraging is nog niet open', 'Kom terug wanneer de bevraging opent.'],
    error: ['Er ging iets mis', 'Probeer het over enkele ogenblikken opnieuw.'],
    fix: 'Enkele antwoorden vragen uw aandacht:',
  },
  fr: {
    loading: 'Chargement du questionnaire…',
    saving: 'Enregistrement de vos réponses…',
    saved: 'Vos réponses sont enregistrées. Vous pouvez revenir plus tard avec le même lien.',
    thanksTitle: 'Merci !',
    thanksText: 'Vos réponses ont bien été reçues. Vous pouvez fermer cette page.',
    invalid: [
      'Ce lien ne fonctionne pas',
      'Vérifiez que vous avez ouvert le lien complet de votre invitation.',
    ],
    revoked: ["Ce lien n'est plus valable", "L'équipe du projet a retiré cette invitation."],
    expired: ['Ce lien a expiré', 'Le délai pour répondre avec ce lien est dépassé.'],
    closed: ['Ce questionnaire est clôturé', 'Les réponses ne sont plus collectées. Merci de votre intérêt.'],
    used: ['Vous avez déjà répondu', 'Ce questionnaire a déjà été rempli avec ce lien. Merci !'],
    'not-yet-open': [
      "Ce questionnaire n'est pas encore ouvert",
      "Revenez lorsque le questionnaire s'ouvrira.",
    ],
    error: ["Une erreur s'est produite", 'Veuillez réessayer dans un instant.'],
    fix: 'Certaines réponses demandent votre attention :',
  },
};

const languageNames = { nl: 'Nederlands', fr: 'Français', en: 'English' };

const segments = location.pathname.split('/');
const id = decodeURIComponent(segments[segments.length - 1] ?? '');
const mode = segments[segments.length - 2] === 'o' ? 'open' : 'invitation';
const apiBase = new URL('../api/public/', location.href);
const surveyUrl =
  mode === 'open'
    ? new URL(`waves/${encodeURIComponent(id)}/survey`, apiBase)
    : new URL(`${encodeURIComponent(id)}/survey`, apiBase);
const requested = new URLSearchParams(location.search).get('lang');

function guessLanguage() {
  if (requested && requested in texts) return requested;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const short = String(tag).slice(0, 2).toLowerCase();
    if (short in texts) return short;
  }
  return 'en';
}

let lang = guessLanguage();
const t = (key) => texts[lang]?.[key] ?? texts.en[key];
const status = document.getElementById('status');
const surveyElement = document.getElementById('survey');

function setStatus(text) {
  status.textContent = text;
}

function showMessage([title, text]) {
  surveyElement.hidden = true;
  setStatus('');
  const box = document.getElementById('message');
  document.getElementById('message-title').textContent = title;
  document.getElementById('message-text').textContent = text;
  box.hidden = false;
  box.focus();
}

async function readProblem(response) {
  try {
    return await response.json();
  } catch {
    return {};
  }
}

function reasonOf(problem, httpStatus) {
  if (problem.reason && problem.reason in texts.en) return problem.reason;
  if (httpStatus === 404) return 'invalid';
  if (httpStatus === 409) return 'used';
  if (httpStatus === 410) return 'closed';
  return 'error';
}

function renderLanguages(languages) {
  const nav = document.getElementById('languages');
  nav.replaceChildren();
  if (languages.length < 2) return;
  for (const code of languages) {
    const link = document.createElement('a');
    const url = new URL(location.href);
    url.searchParams.set('lang', code);
    link.href = url.pathname + url.search;
    link.textContent = code.toUpperCase();
    link.lang = code;
    link.title = languageNames[code] ?? code;
    link.setAttribute('aria-label', languageNames[code] ?? code);
    if (code === lang) link.setAttribute('aria-current', 'true');
    nav.append(link);
  }
}

function sessionKey() {
  return `neighbourly:idempotency:${id}`;
}

async function submit(answers) {
  const url =
    mode === 'open'
      ? new URL(`waves/${encodeURIComponent(id)}/responses`, apiBase)
      : new URL(`${encodeURIComponent(id)}/responses`, apiBase);
  const headers = { 'Content-Type': 'application/json' };
  if (mode === 'open') {
    let key = sessionStorage.getItem(sessionKey());
    if (!key) {
      key = crypto.randomUUID();
      sessionStorage.setItem(sessionKey(), key);
    }
    headers['Idempotency-Key'] = key;
  }
  return fetch(url, { method: 'POST', headers, body: JSON.stringify({ answers, language: lang }) });
}

let progressTimer;
function saveProgressSoon(survey) {
  if (mode !== 'invitation') return;
  clearTimeout(progressTimer);
  progressTimer = setTimeout(async () => {
    const response = await fetch(new URL(`${encodeURIComponent(id)}/progress`, apiBase), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: survey.data, language: lang }),
    }).catch(() => undefined);
    if (response?.ok) setStatus(t('saved'));
  }, 800);
}

async function start() {
  setStatus(t('loading'));
  const url = new URL(surveyUrl);
  if (requested) url.searchParams.set('lang', requested);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    showMessage(t('error'));
    return;
  }
  if (!response.ok) {
    showMessage(t(reasonOf(await readProblem(response), response.status)));
    return;
  }
  const view = await response.json();
  lang = view.language;
  document.documentElement.lang = lang;
  document.getElementById('project-name').textContent = view.projectName;
  document.getElementById('wave-label').textContent = view.waveLabel;
  renderLanguages(view.languages);
  document.getElementById('banner').hidden = false;

  const survey = new window.Survey.Model(view.definition);
  survey.locale = lang;
  document.title = survey.title || view.projectName;
  if (view.answers) survey.data = view.answers;
  survey.showCompletedPage = false;
  survey.onValueChanged.add(() => saveProgressSoon(survey));
  survey.onCurrentPageChanged.add(() => saveProgressSoon(survey));
  survey.onComplete.add(async (sender) => {
    clearTimeout(progressTimer);
    surveyElement.hidden = true;
    setStatus(t('saving'));
    let result;
    try {
      result = await submit(sender.data);
    } catch {
      result = undefined;
    }
    if (result && (result.status === 201 || result.status === 200)) {
      sessionStorage.removeItem(sessionKey());
      showMessage([t('thanksTitle'), t('thanksText')]);
      return;
    }
    const problem = result ? await readProblem(result) : {};
    if (result?.status === 422 && Array.isArray(problem.errors)) {
      // The server found what the browser did not: show it and let the respondent fix it.
      surveyElement.hidden = false;
      sender.clear(false, true);
      const list = problem.errors.map(
        (error) => `${error.path.replace(/^body\.answers\.?/, '')}: ${error.message}`,
      );
      setStatus(`${t('fix')} ${list.join('; ')}`);
      return;
    }
    showMessage(t(result ? reasonOf(problem, result.status) : 'error'));
  });
  setStatus(view.answers ? t('saved') : '');
  survey.render(surveyElement);
}

start();
