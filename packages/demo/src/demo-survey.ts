import type { LocalizedText } from '@neighbourly/core';
import { who5 } from '@neighbourly/surveys';

/**
 * The demo project's resident questionnaire: a short outcomes-round survey in Dutch, French and English
 * that reads the question names of `@neighbourly/core`'s `sampleIndicatorSet`, plus optional background
 * questions for equity breakdowns. A project-specific questionnaire, as a real project would write one.
 */

type Texts = { default: string; nl: string; fr: string };
const t = (en: string, nl: string, fr: string): Texts => ({ default: en, nl, fr });

const agreement = [
  { value: 1, text: t('Strongly disagree', 'Helemaal oneens', 'Pas du tout d’accord') },
  { value: 2, text: t('Disagree', 'Oneens', 'Pas d’accord') },
  { value: 3, text: t('Neither', 'Neutraal', 'Ni l’un ni l’autre') },
  { value: 4, text: t('Agree', 'Eens', 'D’accord') },
  { value: 5, text: t('Strongly agree', 'Helemaal eens', 'Tout à fait d’accord') },
];

const yesNo = [
  { value: 'yes', text: t('Yes', 'Ja', 'Oui') },
  { value: 'no', text: t('No', 'Nee', 'Non') },
];

// WHO-5 items and answer scale as `@neighbourly/surveys` ships them (free to use; see its licence field).
const fromLocalized = (text: LocalizedText): Texts =>
  t(text.en ?? '', text.nl ?? text.en ?? '', text.fr ?? text.en ?? '');
const who5Scale = who5.options.map((option) => ({ value: option.value, text: fromLocalized(option.text) }));
const who5Items: [string, Texts][] = who5.items.map((item) => [item.id, fromLocalized(item.text ?? {})]);

const cohesionItems: [string, Texts][] = [
  [
    'cohesion_1',
    t(
      'People around here are willing to help their neighbours',
      'Mensen hier zijn bereid hun buren te helpen',
      'Les gens d’ici sont prêts à aider leurs voisins',
    ),
  ],
  [
    'cohesion_2',
    t('This is a close-knit neighbourhood', 'Dit is een hechte buurt', 'C’est un quartier très uni'),
  ],
  [
    'cohesion_3',
    t(
      'People in this neighbourhood mostly keep to themselves',
      'Mensen in deze buurt leven vooral op zichzelf',
      'Dans ce quartier, chacun vit surtout de son côté',
    ),
  ],
  [
    'cohesion_4',
    t(
      'I feel at home in this neighbourhood',
      'Ik voel me thuis in deze buurt',
      'Je me sens chez moi dans ce quartier',
    ),
  ],
];

const optional = t('(optional)', '(optioneel)', '(facultatif)');
const background = (name: string, title: Texts, choices: { value: string; text: Texts }[]) => ({
  type: 'radiogroup',
  name,
  title,
  description: optional,
  choices,
  neighbourly: { caimer: 'context', round: 'outcomes', groups: ['resident'], background: true },
});

/** The demo questionnaire as a SurveyJS JSON definition. */
export const demoSurveyDefinition = {
  title: t('Living in De Linde', 'Wonen in De Linde', 'Vivre à De Linde'),
  description: t(
    'Ten minutes about contact with your neighbours, help and your well-being. Your answers are anonymous.',
    'Tien minuten over contact met je buren, hulp en je welbevinden. Je antwoorden zijn anoniem.',
    'Dix minutes sur le contact avec vos voisins, l’entraide et votre bien-être. Vos réponses sont anonymes.',
  ),
  locale: 'nl',
  showQuestionNumbers: 'off',
  pages: [
    {
      name: 'neighbours',
      title: t('You and your neighbours', 'Jij en je buren', 'Vous et vos voisins'),
      elements: [
        {
          type: 'rating',
          name: 'meet_neighbours',
          title: t(
            'How often do you talk with neighbours?',
            'Hoe vaak praat je met buren?',
            'À quelle fréquence parlez-vous avec des voisins ?',
          ),
          isRequired: true,
          rateValues: [
            { value: 1, text: t('Never', 'Nooit', 'Jamais') },
            { value: 2, text: t('Less than monthly', 'Minder dan maandelijks', 'Moins d’une fois par mois') },
            { value: 3, text: t('Monthly', 'Maandelijks', 'Chaque mois') },
            { value: 4, text: t('Weekly', 'Wekelijks', 'Chaque semaine') },
            { value: 5, text: t('Daily', 'Dagelijks', 'Chaque jour') },
          ],
          neighbourly: {
            caimer: 'result',
            round: 'outcomes',
            objectives: ['encounters'],
            indicators: ['meets-neighbours-weekly'],
            groups: ['resident'],
          },
        },
        {
          type: 'radiogroup',
          name: 'knows_neighbour_help',
          title: t(
            'Do you know a neighbour you could ask for help?',
            'Ken je een buur aan wie je hulp kunt vragen?',
            'Connaissez-vous un voisin à qui demander de l’aide ?',
          ),
          isRequired: true,
          choices: yesNo,
          neighbourly: {
            caimer: 'result',
            round: 'outcomes',
            objectives: ['co-reliance'],
            indicators: ['knows-neighbour-for-help'],
            groups: ['resident'],
          },
        },
        ...cohesionItems.map(([name, title]) => ({
          type: 'rating',
          name,
          title,
          isRequired: true,
          rateValues: agreement,
          neighbourly: {
            caimer: 'mechanism',
            round: 'outcomes',
            objectives: ['social-cohesion'],
            indicators: ['social-cohesion-score'],
            groups: ['resident'],
          },
        })),
      ],
    },
    {
      name: 'care',
      title: t('Help and care', 'Hulp en zorg', 'Aide et soins'),
      elements: [
        {
          type: 'radiogroup',
          name: 'knows_where_to_signal',
          title: t(
            'If you were worried about a neighbour, would you know where to go?',
            'Als je je zorgen maakt over een buur, weet je dan waar je terecht kunt?',
            'Si vous vous inquiétiez pour un voisin, sauriez-vous à qui vous adresser ?',
          ),
          isRequired: true,
          choices: yesNo,
          neighbourly: {
            caimer: 'result',
            round: 'outcomes',
            objectives: ['detecting-signalling'],
            indicators: ['knows-where-to-signal'],
            groups: ['resident'],
          },
        },
        {
          type: 'comment',
          name: 'help_story',
          title: t(
            'Is there a moment this year when a neighbour helped you, or you helped a neighbour?',
            'Is er dit jaar een moment geweest waarop een buur jou hielp, of jij een buur?',
            'Y a-t-il eu cette année un moment où un voisin vous a aidé, ou l’inverse ?',
          ),
          neighbourly: {
            caimer: 'mechanism',
            round: 'outcomes',
            objectives: ['co-reliance'],
            groups: ['resident'],
          },
        },
      ],
    },
    {
      name: 'wellbeing',
      title: t('How you have been feeling', 'Hoe je je voelde', 'Comment vous vous êtes senti·e'),
      description: t(
        'Over the last two weeks…',
        'In de afgelopen twee weken…',
        'Au cours des deux dernières semaines…',
      ),
      elements: [
        ...who5Items.map(([name, title]) => ({
          type: 'radiogroup',
          name,
          title,
          isRequired: true,
          choices: who5Scale,
          neighbourly: {
            caimer: 'result',
            round: 'outcomes',
            objectives: ['quality-of-life'],
            indicators: ['wellbeing-who5'],
            groups: ['resident'],
          },
        })),
        {
          type: 'radiogroup',
          name: 'lonely',
          title: t(
            'How often do you feel lonely?',
            'Hoe vaak voel je je eenzaam?',
            'À quelle fréquence vous sentez-vous seul·e ?',
          ),
          isRequired: true,
          choices: [
            { value: 'never', text: t('Never', 'Nooit', 'Jamais') },
            { value: 'sometimes', text: t('Sometimes', 'Soms', 'Parfois') },
            { value: 'often', text: t('Often', 'Vaak', 'Souvent') },
          ],
          neighbourly: {
            caimer: 'result',
            round: 'outcomes',
            objectives: ['quality-of-life'],
            indicators: ['often-lonely'],
            groups: ['resident'],
          },
        },
      ],
    },
    {
      name: 'about-you',
      title: t('About you', 'Over jou', 'À propos de vous'),
      description: t(
        'These questions help us see whether the project reaches everyone. All are optional.',
        'Deze vragen tonen of het project iedereen bereikt. Ze zijn allemaal optioneel.',
        'Ces questions montrent si le projet touche tout le monde. Toutes sont facultatives.',
      ),
      elements: [
        background('age_band', t('Your age', 'Je leeftijd', 'Votre âge'), [
          { value: 'under-65', text: t('Under 65', 'Jonger dan 65', 'Moins de 65 ans') },
          { value: '65-79', text: t('65 to 79', '65 tot 79', '65 à 79 ans') },
          { value: '80-plus', text: t('80 or older', '80 of ouder', '80 ans ou plus') },
        ]),
        background(
          'support_need',
          t(
            'Do you need support in daily life?',
            'Heb je ondersteuning nodig in het dagelijks leven?',
            'Avez-vous besoin d’aide au quotidien ?',
          ),
          [
            { value: 'none', text: t('No', 'Nee', 'Non') },
            { value: 'some', text: t('Some', 'Een beetje', 'Un peu') },
            { value: 'a-lot', text: t('A lot', 'Veel', 'Beaucoup') },
          ],
        ),
        background(
          'informal_carer',
          t(
            'Do you care for a relative or friend?',
            'Zorg je voor een familielid of vriend?',
            'Vous occupez-vous d’un proche ?',
          ),
          yesNo,
        ),
        background('household', t('Do you live…', 'Woon je…', 'Vivez-vous…'), [
          { value: 'alone', text: t('alone', 'alleen', 'seul·e') },
          { value: 'with-others', text: t('with others', 'met anderen', 'avec d’autres personnes') },
        ]),
      ],
    },
  ],
} as const;
