import type { RespondentGroup } from '@neighbourly/core';
import { neighbourhoodCohesion } from '../instruments/neighbourhood-cohesion.js';
import { who5 } from '../instruments/who-5.js';
import { backgroundQuestions } from './background-questions.js';
import {
  agree,
  agreeMax,
  agreeMin,
  frequencyChoices,
  meta,
  type SurveyElement,
  type SurveyText,
  t,
  yesNo,
} from './template-builders.js';

const round = 'outcomes';

/**
 * Said, kindly, when an item of an instrument scored only with all its items (WHO-5) is left open: without
 * it the respondent's score is lost silently.
 */
const allItemsNeeded = t(
  'Could you still answer this one? Your well-being score needs all five answers.',
  'Wilt u deze vraag nog beantwoorden? Uw welzijnsscore heeft alle vijf de antwoorden nodig.',
  'Pourriez-vous encore répondre à cette question ? Votre score de bien-être a besoin des cinq réponses.',
);

function instrumentItems(
  instrument: typeof who5,
  objective: string,
  indicator: string,
  groups: RespondentGroup[],
  scale: Record<string, unknown> = {
    rateValues: instrument.options.map((option) => ({
      value: option.value,
      text: { default: option.text.en, nl: option.text.nl, fr: option.text.fr },
    })),
  },
  required: Record<string, unknown> = {},
): SurveyElement[] {
  return instrument.items.map((item) => ({
    type: 'rating',
    name: item.id,
    title: { default: item.text?.en ?? item.id, nl: item.text?.nl ?? item.id, fr: item.text?.fr ?? item.id },
    ...scale,
    ...required,
    neighbourly: {
      ...meta(round, 'result', groups, [objective], [indicator]),
      instrument: { id: instrument.id, item: item.id },
    },
  }));
}

function residentPages(): { name: string; title: SurveyText; elements: SurveyElement[] }[] {
  const g: RespondentGroup[] = ['resident'];
  return [
    {
      name: 'quality_of_life',
      title: t('How you are doing', 'Hoe het met u gaat', 'Comment vous allez'),
      elements: [
        {
          type: 'html',
          name: 'who5_intro',
          html: t(
            'Over the last two weeks…',
            'Tijdens de voorbije twee weken…',
            'Au cours des deux dernières semaines…',
          ),
        },
        // WHO-5 is scored only with all five items (no proration): each is required. The cohesion scale
        // below scores with four of five, so its items stay optional.
        ...instrumentItems(who5, 'quality-of-life', 'wellbeing-who5', g, undefined, {
          isRequired: true,
          requiredErrorText: allItemsNeeded,
        }),
        {
          type: 'rating',
          name: 'life_satisfaction',
          title: t(
            'All in all, how satisfied are you with your life? (0 = not at all, 10 = completely)',
            'Hoe tevreden bent u, alles bij elkaar, met uw leven? (0 = helemaal niet, 10 = helemaal)',
            'Dans l’ensemble, êtes-vous satisfait(e) de votre vie ? (0 = pas du tout, 10 = tout à fait)',
          ),
          rateMin: 0,
          rateMax: 10,
          neighbourly: meta(round, 'result', g, ['quality-of-life'], ['life-satisfaction']),
        },
        agree(
          'feel_safe',
          t(
            'I feel safe in my neighbourhood',
            'Ik voel me veilig in mijn buurt',
            'Je me sens en sécurité dans mon quartier',
          ),
          meta(round, 'result', g, ['quality-of-life'], ['feels-safe']),
        ),
        agree(
          'live_at_home',
          t(
            'I expect I can keep living comfortably in my home and neighbourhood',
            'Ik verwacht dat ik comfortabel in mijn woning en buurt kan blijven wonen',
            'Je pense pouvoir continuer à vivre confortablement chez moi et dans mon quartier',
          ),
          meta(round, 'result', g, ['quality-of-life'], ['expects-to-age-in-place']),
        ),
      ],
    },
    {
      name: 'cohesion',
      title: t('Your neighbourhood', 'Uw buurt', 'Votre quartier'),
      elements: [
        ...instrumentItems(neighbourhoodCohesion, 'social-cohesion', 'cohesion-score', g, {
          rateMin: 1,
          rateMax: 5,
          minRateDescription: agreeMin,
          maxRateDescription: agreeMax,
        }),
        agree(
          'feel_at_home',
          t(
            'I feel at home in this neighbourhood',
            'Ik voel me thuis in deze buurt',
            'Je me sens chez moi dans ce quartier',
          ),
          meta(round, 'result', g, ['social-cohesion'], ['feels-at-home']),
        ),
        agree(
          'more_caring',
          t(
            'Over the past year the neighbourhood has become more caring',
            'Het voorbije jaar is de buurt zorgzamer geworden',
            'Au cours de l’année écoulée, le quartier est devenu plus solidaire',
          ),
          meta(round, 'result', g, ['social-cohesion'], ['sees-more-caring-neighbourhood']),
        ),
      ],
    },
    {
      name: 'encounters',
      title: t('Meeting neighbours', 'Buren ontmoeten', 'Rencontrer ses voisins'),
      elements: [
        {
          type: 'radiogroup',
          name: 'meet_neighbours',
          title: t(
            'How often do you have a chat with neighbours?',
            'Hoe vaak maakt u een praatje met buren?',
            'À quelle fréquence discutez-vous avec vos voisins ?',
          ),
          choices: frequencyChoices,
          neighbourly: meta(round, 'mechanism', g, ['encounters'], ['meets-neighbours-weekly']),
        },
        agree(
          'met_new_neighbours',
          t(
            'This year I got to know neighbours I did not know before',
            'Dit jaar leerde ik buren kennen die ik nog niet kende',
            'Cette année, j’ai fait la connaissance de voisins que je ne connaissais pas',
          ),
          meta(round, 'mechanism', g, ['encounters'], ['met-new-neighbours']),
        ),
        {
          type: 'boolean',
          name: 'uses_meeting_place',
          title: t(
            'Did you visit a meeting place or activity in the neighbourhood in the past three months?',
            'Bezocht u de voorbije drie maanden een ontmoetingsplek of activiteit in de buurt?',
            'Avez-vous fréquenté un lieu de rencontre ou une activité du quartier ces trois derniers mois ?',
          ),
          ...yesNo,
          neighbourly: meta(round, 'intervention', g, ['encounters'], ['uses-meeting-place']),
        },
        {
          type: 'text',
          name: 'activities_attended',
          inputType: 'number',
          min: 0,
          max: 100,
          visibleIf: '{uses_meeting_place} = true',
          title: t('How many times, roughly?', 'Hoeveel keer, ongeveer?', 'Combien de fois, environ ?'),
          neighbourly: meta(round, 'intervention', g, ['encounters'], ['activities-attended']),
        },
        agree(
          'meet_different_people',
          t(
            'In the neighbourhood I meet people who are different from me (age, origin, background)',
            'In de buurt ontmoet ik mensen die anders zijn dan ik (leeftijd, afkomst, achtergrond)',
            'Dans le quartier, je rencontre des personnes différentes de moi (âge, origine, milieu)',
          ),
          meta(round, 'mechanism', g, ['encounters', 'social-cohesion'], ['meets-different-people']),
        ),
        agree(
          'public_space',
          t(
            'There are pleasant places outdoors where neighbours can meet',
            'Er zijn aangename plekken buiten waar buren elkaar kunnen ontmoeten',
            'Il y a des lieux agréables en plein air où les voisins peuvent se rencontrer',
          ),
          meta(round, 'context', g, ['encounters'], ['pleasant-public-space']),
        ),
      ],
    },
    {
      name: 'co_reliance',
      title: t('Helping each other', 'Elkaar helpen', 'S’entraider'),
      elements: [
        {
          type: 'boolean',
          name: 'knows_neighbour_for_help',
          title: t(
            'Do you know a neighbour you could ask for help?',
            'Kent u een buur die u om hulp zou kunnen vragen?',
            'Connaissez-vous un voisin à qui vous pourriez demander de l’aide ?',
          ),
          ...yesNo,
          neighbourly: meta(round, 'result', g, ['co-reliance'], ['knows-neighbour-for-help']),
        },
        {
          type: 'radiogroup',
          name: 'helped_neighbour',
          title: t(
            'How often did you help a neighbour (shopping, a lift, a visit…)?',
            'Hoe vaak hielp u een buur (boodschappen, een rit, een bezoekje…)?',
            'À quelle fréquence avez-vous aidé un voisin (courses, transport, visite…) ?',
          ),
          choices: frequencyChoices,
          neighbourly: meta(round, 'mechanism', g, ['co-reliance'], ['helps-neighbours']),
        },
        {
          type: 'radiogroup',
          name: 'received_help',
          title: t(
            'How often did a neighbour help you?',
            'Hoe vaak hielp een buur u?',
            'À quelle fréquence un voisin vous a-t-il aidé(e) ?',
          ),
          choices: frequencyChoices,
          neighbourly: meta(round, 'mechanism', g, ['co-reliance'], ['receives-help']),
        },
        agree(
          'can_rely',
          t(
            'If I need help, I can rely on people around me',
            'Als ik hulp nodig heb, kan ik rekenen op mensen in mijn omgeving',
            'Si j’ai besoin d’aide, je peux compter sur les gens autour de moi',
          ),
          meta(round, 'result', g, ['co-reliance'], ['can-rely-on-others']),
        ),
        agree(
          'self_reliance',
          t(
            'I manage my daily life well myself',
            'Ik kan mijn dagelijks leven goed zelf regelen',
            'Je gère bien ma vie quotidienne moi-même',
          ),
          meta(round, 'result', g, ['co-reliance', 'quality-of-life'], ['self-reliance']),
        ),
        {
          type: 'boolean',
          name: 'volunteers',
          title: t(
            'Do you volunteer in the neighbourhood?',
            'Doet u vrijwilligerswerk in de buurt?',
            'Faites-vous du bénévolat dans le quartier ?',
          ),
          ...yesNo,
          neighbourly: meta(round, 'actor', g, ['co-reliance'], ['volunteers-share']),
        },
        {
          type: 'text',
          name: 'care_hours_week',
          inputType: 'number',
          min: 0,
          max: 168,
          visibleIf: "{informal_carer} = 'yes'",
          title: t(
            'About how many hours a week do you spend caring for someone close to you?',
            'Hoeveel uur per week zorgt u ongeveer voor iemand uit uw omgeving?',
            'Combien d’heures par semaine consacrez-vous environ à aider un proche ?',
          ),
          neighbourly: meta(round, 'context', g, ['co-reliance'], []),
        },
      ],
    },
    {
      name: 'detecting_signalling',
      title: t('Finding help and care', 'Hulp en zorg vinden', 'Trouver de l’aide et des soins'),
      elements: [
        agree(
          'knows_where_to_go',
          t(
            'I know where to go in the neighbourhood with a question about care or support',
            'Ik weet waar ik in de buurt terecht kan met een vraag over zorg of ondersteuning',
            'Je sais où m’adresser dans le quartier pour une question d’aide ou de soins',
          ),
          meta(round, 'result', g, ['detecting-signalling'], ['knows-where-to-go']),
        ),
        {
          type: 'boolean',
          name: 'signalled_concern',
          title: t(
            'In the past year, did you pass on a worry about a neighbour to someone who could help?',
            'Gaf u het voorbije jaar een zorg over een buur door aan iemand die kon helpen?',
            'Au cours de l’année, avez-vous signalé une inquiétude au sujet d’un voisin à quelqu’un qui pouvait aider ?',
          ),
          ...yesNo,
          neighbourly: meta(round, 'mechanism', g, ['detecting-signalling'], ['signalled-concern']),
        },
        {
          type: 'boolean',
          name: 'found_care_via_project',
          visibleIf: "{support_need} = 'some' or {support_need} = 'much'",
          title: t(
            'Did the neighbourhood project help you find care or support?',
            'Hielp het buurtproject u om zorg of ondersteuning te vinden?',
            'Le projet de quartier vous a-t-il aidé(e) à trouver de l’aide ou des soins ?',
          ),
          ...yesNo,
          neighbourly: meta(round, 'result', g, ['detecting-signalling'], ['found-care-via-project']),
        },
        agree(
          'needs_met',
          t(
            'The help and care I need is available to me',
            'De hulp en zorg die ik nodig heb, is voor mij beschikbaar',
            'L’aide et les soins dont j’ai besoin me sont accessibles',
          ),
          meta(round, 'result', g, ['detecting-signalling', 'quality-of-life'], ['needs-met']),
        ),
        {
          type: 'checkbox',
          name: 'unmet_needs',
          title: t(
            'For what do you lack help at the moment?',
            'Waarvoor mist u op dit moment hulp?',
            'Pour quoi manquez-vous d’aide en ce moment ?',
          ),
          choices: [
            { value: 'household', text: t('Household tasks', 'Huishouden', 'Tâches ménagères') },
            {
              value: 'personal-care',
              text: t('Personal care', 'Persoonlijke verzorging', 'Soins personnels'),
            },
            { value: 'transport', text: t('Getting around', 'Vervoer', 'Déplacements') },
            { value: 'company', text: t('Company', 'Gezelschap', 'Compagnie') },
            { value: 'paperwork', text: t('Paperwork', 'Administratie', 'Démarches administratives') },
          ],
          showNoneItem: true,
          noneText: t('Nothing', 'Niets', 'Rien'),
          neighbourly: meta(round, 'context', g, ['detecting-signalling'], ['no-unmet-needs']),
        },
        agree(
          'trust_services',
          t(
            'I trust the care and welfare services in my neighbourhood',
            'Ik heb vertrouwen in de zorg- en welzijnsdiensten in mijn buurt',
            'J’ai confiance dans les services d’aide et de soins de mon quartier',
          ),
          meta(round, 'mechanism', g, ['detecting-signalling'], ['trusts-services']),
        ),
        {
          type: 'comment',
          name: 'what_changed',
          maxLength: 2000,
          title: t(
            'What has changed for you thanks to the project? (optional)',
            'Wat is er voor u veranderd dankzij het project? (optioneel)',
            'Qu’est-ce qui a changé pour vous grâce au projet ? (facultatif)',
          ),
          neighbourly: meta(round, 'result', g, [], []),
        },
      ],
    },
  ];
}

function partnerPages(
  group: RespondentGroup,
): { name: string; title: SurveyText; elements: SurveyElement[] }[] {
  const g: RespondentGroup[] = [group];
  const effect = (name: string, objective: string, indicator: string, title: SurveyText): SurveyElement =>
    agree(name, title, meta(round, 'result', g, [objective], [indicator]));
  const elements: SurveyElement[] = [
    effect(
      'effect_quality_of_life',
      'quality-of-life',
      'perceived-effect-quality-of-life',
      t(
        'The project improved the quality of life of residents',
        'Het project verbeterde de levenskwaliteit van bewoners',
        'Le projet a amélioré la qualité de vie des habitants',
      ),
    ),
    effect(
      'effect_cohesion',
      'social-cohesion',
      'perceived-effect-cohesion',
      t(
        'The project strengthened social cohesion',
        'Het project versterkte de sociale cohesie',
        'Le projet a renforcé la cohésion sociale',
      ),
    ),
    effect(
      'effect_encounters',
      'encounters',
      'perceived-effect-encounters',
      t(
        'Thanks to the project, neighbours meet each other more',
        'Dankzij het project ontmoeten buren elkaar meer',
        'Grâce au projet, les voisins se rencontrent davantage',
      ),
    ),
    effect(
      'effect_co_reliance',
      'co-reliance',
      'perceived-effect-co-reliance',
      t(
        'Thanks to the project, residents rely more on themselves and on each other',
        'Dankzij het project rekenen bewoners meer op zichzelf en op elkaar',
        'Grâce au projet, les habitants comptent davantage sur eux-mêmes et les uns sur les autres',
      ),
    ),
    effect(
      'effect_detecting',
      'detecting-signalling',
      'perceived-effect-detecting',
      t(
        'Thanks to the project, care and support needs are detected earlier',
        'Dankzij het project worden zorg- en ondersteuningsnoden sneller opgemerkt',
        'Grâce au projet, les besoins d’aide et de soins sont repérés plus tôt',
      ),
    ),
    {
      type: 'text',
      name: 'signals_passed_on',
      inputType: 'number',
      min: 0,
      max: 10000,
      title: t(
        'How many signals of care needs did you pass on in the past six months?',
        'Hoeveel signalen van zorgnoden gaf u de voorbije zes maanden door?',
        'Combien de signalements de besoins d’aide avez-vous transmis ces six derniers mois ?',
      ),
      neighbourly: meta(round, 'result', g, ['detecting-signalling'], ['signals-passed-on']),
    },
    {
      type: 'comment',
      name: 'indirect_effects',
      maxLength: 2000,
      title: t(
        'Which indirect or unexpected effects did you see? (optional)',
        'Welke onrechtstreekse of onverwachte effecten zag u? (optioneel)',
        'Quels effets indirects ou inattendus avez-vous observés ? (facultatif)',
      ),
      neighbourly: meta(round, 'result', g, [], []),
    },
  ];
  if (group === 'volunteer') {
    elements.push(
      agree(
        'volunteer_meaningful',
        t(
          'My volunteering feels meaningful',
          'Mijn vrijwilligerswerk voelt zinvol',
          'Mon bénévolat a du sens',
        ),
        meta(round, 'result', g, ['quality-of-life'], ['volunteering-meaningful']),
      ),
    );
  }
  if (group === 'coordinator') {
    elements.push({
      type: 'text',
      name: 'residents_reached',
      inputType: 'number',
      min: 0,
      max: 1000000,
      title: t(
        'How many residents did the project reach in the past year (estimate)?',
        'Hoeveel bewoners bereikte het project het voorbije jaar (schatting)?',
        'Combien d’habitants le projet a-t-il touchés l’année passée (estimation) ?',
      ),
      neighbourly: meta(round, 'result', g, ['encounters'], ['residents-reached']),
    });
  }
  return [{ name: 'effects', title: t('Effects', 'Effecten', 'Effets'), elements }];
}

/** The outcomes-round questionnaire for one respondent group. @internal */
export function outcomesTemplate(group: RespondentGroup): Record<string, unknown> {
  const pages = group === 'resident' ? residentPages() : partnerPages(group);
  const background = group === 'resident' ? backgroundQuestions(round, [group]) : [];
  return {
    title: t(
      'Caring neighbourhood: what changed?',
      'Zorgzame buurt: wat is er veranderd?',
      'Quartier solidaire : qu’est-ce qui a changé ?',
    ),
    neighbourly: { round, groups: [group], languages: ['en', 'nl', 'fr'], indicatorSetId: 'caimer-outcomes' },
    showQuestionNumbers: 'off',
    pages: [
      ...pages,
      ...(background.length > 0
        ? [{ name: 'about_you', title: t('About you', 'Over u', 'À propos de vous'), elements: background }]
        : []),
    ],
  };
}
