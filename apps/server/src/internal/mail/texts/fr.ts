import type { MailTexts } from './mail-texts.js';

/** French. */
export const fr: MailTexts = {
  greeting: (values) => (values.name === undefined ? 'Bonjour,' : `Bonjour ${values.name},`),
  closing: 'Bien cordialement,\nl’équipe du projet',
  linkHint: 'Le bouton ne fonctionne pas ? Copiez ce lien dans votre navigateur :',
  staffInvitation: {
    subject: () => 'Votre compte Neighbourly',
    paragraphs: () => [
      'Vous êtes invité·e à participer aux enquêtes d’un quartier solidaire dans Neighbourly.',
      'Choisissez un mot de passe pour activer votre compte.',
    ],
    action: 'Choisir un mot de passe',
    after: () => [
      'Ce lien est valable 7 jours et ne fonctionne qu’une fois.',
      'Vous n’attendiez pas ce courriel ? Vous pouvez l’ignorer.',
    ],
  },
  passwordReset: {
    subject: () => 'Un nouveau mot de passe pour Neighbourly',
    paragraphs: () => ['Quelqu’un a demandé un nouveau mot de passe pour votre compte.'],
    action: 'Choisir un nouveau mot de passe',
    after: () => [
      'Ce lien est valable 1 heure et ne fonctionne qu’une fois.',
      'Vous n’avez rien demandé ? Ignorez ce courriel : votre mot de passe ne change pas.',
    ],
  },
  residentInvitation: {
    subject: (values) => `Votre avis sur le quartier : ${values.projectName ?? ''}`.trim(),
    paragraphs: (values) => [
      `Avec le projet ${values.projectName ?? ''}, nous construisons ensemble un quartier solidaire. Nous aimerions savoir comment vous vivez le quartier.`,
      'Le questionnaire prend environ 10 minutes. Vos réponses restent confidentielles.',
    ],
    action: 'Remplir le questionnaire',
    after: () => [
      'Ce lien est personnel : ne le transférez pas. Vous pouvez vous arrêter et reprendre plus tard.',
    ],
  },
  reminder: {
    subject: (values) => `Rappel : votre avis sur le quartier (${values.projectName ?? ''})`,
    paragraphs: (values) => [
      `Il y a quelque temps, nous vous avons invité·e à remplir le questionnaire de ${values.projectName ?? 'notre projet'}. Avez-vous encore un moment ? Chaque avis compte.`,
    ],
    action: 'Remplir le questionnaire',
    after: () => [
      'Ce lien est personnel et remplace celui des courriels précédents. Vous avez déjà répondu ? Ignorez ce rappel.',
    ],
  },
};
