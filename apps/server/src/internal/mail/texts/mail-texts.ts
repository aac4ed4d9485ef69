/** What a message's texts can use: the person's name, the project and wave, how long a link stays valid. */
export interface MailValues {
  name?: string;
  projectName?: string;
  waveLabel?: string;
}

/** The texts of one kind of e-mail: the subject, the paragraphs before the link, the link's label. */
export interface MailKindTexts {
  subject: (values: MailValues) => string;
  paragraphs: (values: MailValues) => string[];
  action: string;
  /** Paragraphs after the link (how long it is valid, what to do if the mail was not expected). */
  after: (values: MailValues) => string[];
}

/**
 * Every text of the e-mails in one language. Translators: change only the words between quotes or backticks;
 * `${values.name}` and the like are filled in when the e-mail is written.
 */
export interface MailTexts {
  greeting: (values: MailValues) => string;
  closing: string;
  /** Said when the link is written out in full, for mail programs that show no buttons. */
  linkHint: string;
  staffInvitation: MailKindTexts;
  passwordReset: MailKindTexts;
  residentInvitation: MailKindTexts;
  reminder: MailKindTexts;
}
