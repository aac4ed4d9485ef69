// The respondent page. The server inlines what the page needs (#page-data): the wave's SurveyJS survey in the
// chosen language with any saved progress, or why the link does not work. survey-core, the one locale and
// survey-js-ui load as classic deferred scripts before this module runs.

const texts = {
  en: {
    loading: 'Loading the survey…',
    saving: 'Sending your answers…',
    saved: 'Your answers so far are saved. You can come back later with the same link.',
    page: (current, total) => `Page ${current} of ${total}`,
    intro: 'You may skip any question not marked “required”.',
    requiredMark: '(required)',
    required: 'Please answer this question: the score needs every answer on this list.',
    thanksTitle: 'Thank you!',
    thanksText: 'Your answers have been received. You can close this page.',
    kioskThanks: 'Your answers have been received. The survey starts again for the next person in a moment.',
    nextPerson: 'Start for the next person',
    invalid: ['This link does not work', 'Check that you opened the whole link from your invitation.'],
    revoked: ['This link is no longer valid', 'The project team withdrew this invitation.'],
    expired: ['This link has expired', 'The time to answer with this link is over.'],
    closed: ['This survey is closed', 'Answers are no longer collected. Thank you for your interest.'],
    used: ['You already answered', 'This survey was completed with this link. Thank you!'],
    'not-yet-open': ['This survey is not open yet', 'Please come back when the survey opens.'],
    error: ['Something went wrong', 'Please try again in a moment.'],
    fix: 'Some answers need your attention:',
    codeTitle: 'Answer with your code',
    codeText: 'Type the code printed on your letter, for example K7PMQ-2XD9F.',
    codeLabel: 'Your code',
    codeSubmit: 'Start the survey',
    codeError: 'A code has 10 letters and digits. Check it against your letter.',
  },
  nl: {
    loading: 'De bevraging wordt geladen…',
    saving: 'Uw antwoorden worden verstuurd…',
    saved: 'Uw antwoorden tot nu toe zijn bewaard. U kunt later verdergaan met dezelfde link.',
    page: (current, total) => `Pagina ${current} van ${total}`,
    intro: 'U mag elke vraag overslaan die niet als “verplicht” gemarkeerd is.',
    requiredMark: '(verplicht)',
    required: 'Wilt u deze vraag nog beantwoorden? De score heeft elk antwoord van deze lijst nodig.',
    thanksTitle: 'Dank u wel!',
    thanksText: 'Uw antwoorden zijn goed ontvangen. U mag deze pagina sluiten.',
    kioskThanks:
      'Uw antwoorden zijn goed ontvangen. De bevraging begint zo opnieuw voor de volgende persoon.',
    nextPerson: 'Begin voor de volgende persoon',
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
    codeTitle: 'Antwoorden met uw code',
    codeText: 'Typ de code die op uw brief staat, bijvoorbeeld K7PMQ-2XD9F.',
    codeLabel: 'Uw code',
    codeSubmit: 'Begin de bevraging',
    codeError: 'Een code heeft 10 letters en cijfers. Vergelijk hem met uw brief.',
  },
  fr: {
    loading: 'Chargement du questionnaire…',
    saving: 'Envoi de vos réponses…',
    saved: 'Vos réponses sont enregistrées. Vous pouvez revenir plus tard avec le même lien.',
    page: (current, total) => `Page ${current} sur ${total}`,
    intro: 'Vous pouvez passer toute question qui n’est pas marquée « obligatoire ».',
    requiredMark: '(obligatoire)',
    required:
      'Pourriez-vous encore répondre à cette question ? Le score a besoin de chaque réponse de cette liste.',
    thanksTitle: 'Merci !',
    thanksText: 'Vos réponses ont bien été reçues. Vous pouvez fermer cette page.',
    kioskThanks:
      'Vos réponses ont bien été reçues. Le questionnaire va recommencer pour la personne suivante.',
    nextPerson: 'Commencer pour la personne suivante',
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
    codeTitle: 'Répondre avec votre code',
    codeText: 'Tapez le code imprimé sur votre lettre, par exemple K7PMQ-2XD9F.',
    codeLabel: 'Votre code',
    codeSubmit: 'Commencer le questionnaire',
    codeError: 'Un code compte 10 lettres et chiffres. Vérifiez-le sur votre lettre.',
  },
};

const languageNames = { nl: 'Nederlands', fr: 'Français', en: 'English' };
/** Letters of printed codes (the server's short-code alphabet): no 0/O, 1/I/L or U. */
const codeAlphabet = /^[2-9A-HJKMNP-TV-Z]{10}$/;
const kioskRestartMs = 15_000;
const kioskIdleMs = 5 * 60_000;

const data = JSON.parse(document.getElementById('page-data')?.textContent ?? '{}');
const kind = data.kind ?? 'invitation';
const apiBase = new URL(`${data.base ?? ''}/api/public/`, location.origin);

function guessLanguage() {
  const requested = new URLSearchParams(location.search).get('lang');
  if (requested && requested in texts) return requested;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const short = String(tag).slice(0, 2).toLowerCase();
    if (short in texts) return short;
  }
  return 'en';
}

const lang = data.survey?.language ?? guessLanguage();
document.documentElement.lang = lang;
const t = (key) => texts[lang]?.[key] ?? texts.en[key];
const status = document.getElementById('status');
const surveyElement = document.getElementById('survey');
const progress = document.getElementById('progress');

function setStatus(text) {
  status.textContent = text;
}

function showMessage([title, text], action) {
  surveyElement.hidden = true;
  progress.hidden = true;
  document.getElementById('intro').hidden = true;
  setStatus('');
  document.getElementById('message-title').textContent = title;
  document.getElementById('message-text').textContent = text;
  document.title = title;
  const actionBox = document.getElementById('message-action');
  actionBox.hidden = action === undefined;
  if (action) {
    const button = document.getElementById('message-button');
    button.textContent = action.label;
    button.onclick = action.run;
  }
  document.getElementById('message').hidden = false;
  document.getElementById('message-title').focus();
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
    // The accessible name starts with the visible "NL", then says the language in full.
    link.setAttribute('aria-label', `${code.toUpperCase()} – ${languageNames[code] ?? code}`);
    if (code === lang) link.setAttribute('aria-current', 'true');
    nav.append(link);
  }
}

function idempotencyKey() {
  const name = `neighbourly:idempotency:${data.id}`;
  let key = sessionStorage.getItem(name);
  if (!key) {
    key = crypto.randomUUID();
    sessionStorage.setItem(name, key);
  }
  return { name, key };
}

async function submit(answers) {
  const id = encodeURIComponent(data.id);
  const headers = { 'Content-Type': 'application/json' };
  const url =
    kind === 'invitation' ? new URL(`${id}/responses`, apiBase) : new URL(`waves/${id}/responses`, apiBase);
  if (kind !== 'invitation') headers['Idempotency-Key'] = idempotencyKey().key;
  return fetch(url, { method: 'POST', headers, body: JSON.stringify({ answers, language: lang }) });
}

let progressTimer;
function saveProgressSoon(survey) {
  if (kind !== 'invitation') return;
  clearTimeout(progressTimer);
  progressTimer = setTimeout(async () => {
    const response = await fetch(new URL(`${encodeURIComponent(data.id)}/progress`, apiBase), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: survey.data, language: lang }),
    }).catch(() => undefined);
    if (response?.ok) setStatus(t('saved'));
  }, 800);
}

/** Scales stay visible buttons at every width (never a "Tap to rate" dropdown), with their end labels. */
function prepareQuestions(survey) {
  for (const question of survey.getAllQuestions()) {
    if (question.getType() === 'rating') {
      question.displayMode = 'buttons';
      // The end labels above the first and below the last option: right beside them in a vertical list.
      question.rateDescriptionLocation = 'topBottom';
    }
    if (question.isRequired && !question.requiredErrorText) question.requiredErrorText = t('required');
  }
}

/** Worded scales (WHO-5's "All of the time" …) get a class that lays them out as a vertical list. */
function markWordedScale(_survey, options) {
  const question = options.question;
  if (question.getType() !== 'rating') return;
  const worded = question.visibleRateValues.some((item) => String(item.text) !== String(item.value));
  options.htmlElement.classList.toggle('nb-worded-scale', worded);
}

function showProgress(survey) {
  const total = survey.visiblePages.length;
  progress.textContent = t('page')(survey.currentPageNo + 1, total);
  progress.hidden = total < 2;
}

/** After Next or Previous: move focus to the new page's heading, so screen readers start at the top. */
function focusPageHeading() {
  const heading = surveyElement.querySelector('.sd-page__title');
  const target = heading ?? progress;
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
}

function restartKiosk() {
  sessionStorage.removeItem(idempotencyKey().name);
  // replace(): no history entry, so Back cannot reach the previous person's answers.
  location.replace(location.pathname + location.search);
}

function startSurvey(view) {
  document.getElementById('project-name').textContent = view.projectName;
  document.getElementById('wave-label').textContent = view.waveLabel;
  renderLanguages(view.languages);
  document.getElementById('banner').hidden = false;
  const intro = document.getElementById('intro');
  intro.textContent = t('intro');
  intro.hidden = false;

  const survey = new window.Survey.Model(view.definition);
  survey.locale = lang === 'en' ? '' : lang;
  survey.requiredText = t('requiredMark');
  survey.questionErrorLocation = 'bottom';
  document.title = survey.title || view.projectName;
  prepareQuestions(survey);
  if (view.answers && kind === 'invitation') survey.data = view.answers;
  survey.showCompletedPage = false;
  let focusPending = false;
  survey.onValueChanged.add(() => saveProgressSoon(survey));
  survey.onCurrentPageChanged.add(() => {
    saveProgressSoon(survey);
    showProgress(survey);
    focusPending = true;
  });
  survey.onAfterRenderQuestion.add(markWordedScale);
  survey.onAfterRenderPage.add(() => {
    if (!focusPending) return;
    focusPending = false;
    focusPageHeading();
  });
  survey.onComplete.add(async (sender) => {
    clearTimeout(progressTimer);
    surveyElement.hidden = true;
    progress.hidden = true;
    setStatus(t('saving'));
    let result;
    try {
      result = await submit(sender.data);
    } catch {
      result = undefined;
    }
    if (result && (result.status === 201 || result.status === 200)) {
      if (kind !== 'invitation') sessionStorage.removeItem(idempotencyKey().name);
      if (kind === 'kiosk') {
        showMessage([t('thanksTitle'), t('kioskThanks')], { label: t('nextPerson'), run: restartKiosk });
        setTimeout(restartKiosk, kioskRestartMs);
        return;
      }
      showMessage([t('thanksTitle'), t('thanksText')]);
      return;
    }
    const problem = result ? await readProblem(result) : {};
    if (result?.status === 422 && Array.isArray(problem.errors)) {
      // The server found what the browser did not: show it and let the respondent fix it.
      surveyElement.hidden = false;
      progress.hidden = false;
      sender.clear(false, true);
      const list = problem.errors.map(
        (error) => `${error.path.replace(/^body\.answers\.?/, '')}: ${error.message}`,
      );
      setStatus(`${t('fix')} ${list.join('; ')}`);
      return;
    }
    showMessage(t(result ? reasonOf(problem, result.status) : 'error'));
  });
  if (kind === 'kiosk') {
    // A shared tablet left half-answered starts again, so the next person never sees those answers.
    let idle = setTimeout(restartKiosk, kioskIdleMs);
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(restartKiosk, kioskIdleMs);
    };
    for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, touch, { passive: true });
  }
  setStatus(view.answers && kind === 'invitation' ? t('saved') : '');
  showProgress(survey);
  survey.render(surveyElement);
}

function startCodeForm() {
  const form = document.getElementById('code-form');
  document.getElementById('code-title').textContent = t('codeTitle');
  document.getElementById('code-text').textContent = t('codeText');
  document.getElementById('code-label').textContent = t('codeLabel');
  document.getElementById('code-submit').textContent = t('codeSubmit');
  document.title = t('codeTitle');
  const input = document.getElementById('code-input');
  const error = document.getElementById('code-error');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = input.value.toUpperCase().replace(/[\s-]/g, '');
    if (!codeAlphabet.test(code)) {
      error.textContent = t('codeError');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    location.assign(`${data.base ?? ''}/s/${code}?lang=${lang}`);
  });
  input.focus();
}

if (kind === 'code') startCodeForm();
else if (data.survey) startSurvey(data.survey);
else if (data.problem) showMessage(t(reasonOf(data.problem, data.problem.status)));
else showMessage(t('error'));
