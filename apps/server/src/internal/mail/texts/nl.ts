import type { MailTexts } from './mail-texts.js';

/** Dutch. */
export const nl: MailTexts = {
  greeting: (values) => (values.name === undefined ? 'Beste,' : `Beste ${values.name},`),
  closing: 'Met vriendelijke groeten,\nhet projectteam',
  linkHint: 'Werkt de knop niet? Kopieer dan deze link in uw browser:',
  staffInvitation: {
    subject: () => 'Uw account voor Neighbourly',
    paragraphs: () => [
      'U bent uitgenodigd om mee te werken aan de bevragingen van een zorgzame buurt in Neighbourly.',
      'Kies een wachtwoord om uw account te activeren.',
    ],
    action: 'Wachtwoord kiezen',
    after: () => [
      'Deze link is 7 dagen geldig en werkt één keer.',
      'Verwachtte u deze e-mail niet? Dan mag u hem negeren.',
    ],
  },
  passwordReset: {
    subject: () => 'Een nieuw wachtwoord voor Neighbourly',
    paragraphs: () => ['Iemand vroeg een nieuw wachtwoord aan voor uw account.'],
    action: 'Nieuw wachtwoord kiezen',
    after: () => [
      'Deze link is 1 uur geldig en werkt één keer.',
      'Vroeg u dit niet aan? Dan mag u deze e-mail negeren: uw wachtwoord blijft hetzelfde.',
    ],
  },
  residentInvitation: {
    subject: (values) => `Uw mening over de buurt: ${values.projectName ?? ''}`.trim(),
    paragraphs: (values) => [
      `Met het project ${values.projectName ?? ''} willen we samen werken aan een zorgzame buurt. Wij horen graag hoe u het leven in de buurt ervaart.`,
      'De vragenlijst duurt ongeveer 10 minuten. Uw antwoorden blijven vertrouwelijk.',
    ],
    action: 'Vragenlijst invullen',
    after: () => ['Deze link is persoonlijk: stuur hem niet door. U kunt stoppen en later verdergaan.'],
  },
  reminder: {
    subject: (values) => `Herinnering: uw mening over de buurt (${values.projectName ?? ''})`,
    paragraphs: (values) => [
      `Enige tijd geleden nodigden we u uit voor de vragenlijst van ${values.projectName ?? 'ons project'}. Hebt u nog even tijd? Elke mening telt.`,
    ],
    action: 'Vragenlijst invullen',
    after: () => [
      'Deze link is persoonlijk en vervangt de link uit eerdere e-mails. Hebt u al geantwoord? Dan mag u deze herinnering negeren.',
    ],
  },
};
