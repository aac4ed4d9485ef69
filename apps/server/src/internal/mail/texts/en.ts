import type { MailTexts } from './mail-texts.js';

/** English. */
export const en: MailTexts = {
  greeting: (values) => (values.name === undefined ? 'Hello,' : `Dear ${values.name},`),
  closing: 'Kind regards,\nthe project team',
  linkHint: 'Does the button not work? Copy this link into your browser:',
  staffInvitation: {
    subject: () => 'Your Neighbourly account',
    paragraphs: () => [
      'You are invited to work on the surveys of a caring neighbourhood in Neighbourly.',
      'Choose a password to activate your account.',
    ],
    action: 'Choose a password',
    after: () => [
      'This link is valid for 7 days and works once.',
      'Not expecting this e-mail? You can ignore it.',
    ],
  },
  passwordReset: {
    subject: () => 'A new password for Neighbourly',
    paragraphs: () => ['Someone asked for a new password for your account.'],
    action: 'Choose a new password',
    after: () => [
      'This link is valid for 1 hour and works once.',
      'Did not ask for it? Ignore this e-mail: your password stays the same.',
    ],
  },
  residentInvitation: {
    subject: (values) => `Your view of the neighbourhood: ${values.projectName ?? ''}`.trim(),
    paragraphs: (values) => [
      `With the project ${values.projectName ?? ''} we are building a caring neighbourhood together. We would like to hear how you experience life in the neighbourhood.`,
      'The questionnaire takes about 10 minutes. Your answers are kept confidential.',
    ],
    action: 'Fill in the questionnaire',
    after: () => ['This link is personal: please do not forward it. You can stop and continue later.'],
  },
  reminder: {
    subject: (values) => `Reminder: your view of the neighbourhood (${values.projectName ?? ''})`,
    paragraphs: (values) => [
      `A while ago we invited you to fill in the questionnaire of ${values.projectName ?? 'our project'}. Do you have a moment? Every view counts.`,
    ],
    action: 'Fill in the questionnaire',
    after: () => [
      'This link is personal and replaces the one in earlier e-mails. Already answered? Then please ignore this reminder.',
    ],
  },
};
