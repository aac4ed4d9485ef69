import type { Language } from '@neighbourly/core';

/** Every text a printed questionnaire or invitation letter carries, in one language. */
export interface PaperMessages {
  howTo: string;
  codeLabel: string;
  codeHint: string;
  onlineInstead: string;
  tickOne: string;
  tickAny: string;
  tickPerRow: string;
  requiredMark: string;
  conditional: string;
  writeNumber: string;
  page: (current: number, total: number) => string;
  thanks: string;
  letter: {
    greeting: (name: string | undefined) => string;
    body: (project: string, wave: string) => string;
    steps: string;
    scan: string;
    orType: string;
    code: string;
    paper: string;
    closes: (date: string) => string;
    privacy: string;
    regards: string;
  };
}

const en: PaperMessages = {
  howTo:
    'Tick one box like this ☒ unless the question says otherwise. Use a pen. You may skip any question not marked “required”. There are no wrong answers.',
  codeLabel: 'Your code',
  codeHint: 'Copy the code from your letter, so your answers can be linked to your invitation.',
  onlineInstead: 'Prefer to answer online? Scan the code or open:',
  tickOne: 'Tick one box.',
  tickAny: 'Tick all that apply.',
  tickPerRow: 'Tick one box on each line.',
  requiredMark: '(required)',
  conditional: 'Only if this applies to you.',
  writeNumber: 'Write a number.',
  page: (current, total) => `Page ${current} of ${total}`,
  thanks: 'Thank you! Please return this questionnaire as your letter explains.',
  letter: {
    greeting: (name) => (name === undefined ? 'Dear resident,' : `Dear ${name},`),
    body: (project, wave) =>
      `${project} wants to know how life in the neighbourhood is going and whether the project makes a difference. We would like to ask you a few questions (${wave}). It takes about ten minutes.`,
    steps: 'How to take part',
    scan: 'Scan this code with the camera of your phone or tablet,',
    orType: 'or type this address in your browser:',
    code: 'Your personal code',
    paper: 'Rather answer on paper, or with someone’s help? Ask the project team for a paper questionnaire.',
    closes: (date) => `You can answer until ${date}.`,
    privacy:
      'Your answers are kept without your name and are only reported for groups large enough that no one can be recognised. Taking part is voluntary.',
    regards: 'Kind regards,',
  },
};

const nl: PaperMessages = {
  howTo:
    'Kruis één vakje zo aan ☒, tenzij de vraag iets anders zegt. Gebruik een balpen. U mag elke vraag overslaan die niet als “verplicht” gemarkeerd is. Er zijn geen foute antwoorden.',
  codeLabel: 'Uw code',
  codeHint: 'Neem de code uit uw brief over, zodat uw antwoorden bij uw uitnodiging horen.',
  onlineInstead: 'Liever online antwoorden? Scan de code of ga naar:',
  tickOne: 'Kruis één vakje aan.',
  tickAny: 'Kruis alles aan wat past.',
  tickPerRow: 'Kruis op elke regel één vakje aan.',
  requiredMark: '(verplicht)',
  conditional: 'Alleen als dit op u van toepassing is.',
  writeNumber: 'Schrijf een getal.',
  page: (current, total) => `Pagina ${current} van ${total}`,
  thanks: 'Dank u wel! Geef deze vragenlijst terug zoals uw brief uitlegt.',
  letter: {
    greeting: (name) => (name === undefined ? 'Beste buurtbewoner,' : `Beste ${name},`),
    body: (project, wave) =>
      `${project} wil weten hoe het leven in de buurt gaat en of het project een verschil maakt. Daarom stellen we u graag enkele vragen (${wave}). Dat duurt ongeveer tien minuten.`,
    steps: 'Zo doet u mee',
    scan: 'Scan deze code met de camera van uw smartphone of tablet,',
    orType: 'of typ dit adres in uw browser:',
    code: 'Uw persoonlijke code',
    paper: 'Liever op papier antwoorden, of met hulp? Vraag het projectteam om een papieren vragenlijst.',
    closes: (date) => `U kunt antwoorden tot ${date}.`,
    privacy:
      'Uw antwoorden worden zonder uw naam bewaard en alleen gerapporteerd voor groepen die groot genoeg zijn zodat niemand herkenbaar is. Meedoen is vrijwillig.',
    regards: 'Met vriendelijke groeten,',
  },
};

const fr: PaperMessages = {
  howTo:
    'Cochez une case comme ceci ☒, sauf si la question dit autre chose. Utilisez un stylo. Vous pouvez passer toute question qui n’est pas marquée « obligatoire ». Il n’y a pas de mauvaises réponses.',
  codeLabel: 'Votre code',
  codeHint: 'Recopiez le code de votre lettre, pour que vos réponses soient liées à votre invitation.',
  onlineInstead: 'Vous préférez répondre en ligne ? Scannez le code ou allez sur :',
  tickOne: 'Cochez une case.',
  tickAny: 'Cochez tout ce qui convient.',
  tickPerRow: 'Cochez une case par ligne.',
  requiredMark: '(obligatoire)',
  conditional: 'Seulement si cela vous concerne.',
  writeNumber: 'Écrivez un nombre.',
  page: (current, total) => `Page ${current} sur ${total}`,
  thanks: 'Merci ! Renvoyez ce questionnaire comme l’explique votre lettre.',
  letter: {
    greeting: (name) => (name === undefined ? 'Chère habitante, cher habitant,' : `Bonjour ${name},`),
    body: (project, wave) =>
      `${project} souhaite savoir comment se passe la vie dans le quartier et si le projet fait une différence. Nous aimerions vous poser quelques questions (${wave}). Cela prend environ dix minutes.`,
    steps: 'Comment participer',
    scan: 'Scannez ce code avec l’appareil photo de votre smartphone ou tablette,',
    orType: 'ou tapez cette adresse dans votre navigateur :',
    code: 'Votre code personnel',
    paper:
      'Vous préférez répondre sur papier, ou avec de l’aide ? Demandez un questionnaire papier à l’équipe du projet.',
    closes: (date) => `Vous pouvez répondre jusqu’au ${date}.`,
    privacy:
      'Vos réponses sont conservées sans votre nom et ne sont publiées que pour des groupes assez grands pour que personne ne soit reconnaissable. La participation est volontaire.',
    regards: 'Bien cordialement,',
  },
};

/** The paper texts of a language. */
export const paperMessages: Readonly<Record<Language, PaperMessages>> = { en, nl, fr };
