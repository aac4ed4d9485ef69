import type { Language } from '@neighbourly/core';
import type { MailKind } from '@neighbourly/store';
import { en } from './texts/en.js';
import { fr } from './texts/fr.js';
import type { MailKindTexts, MailTexts, MailValues } from './texts/mail-texts.js';
import { nl } from './texts/nl.js';

const catalogues: Record<Language, MailTexts> = { nl, fr, en };

/** A written e-mail: subject, plain text and HTML with the same words. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function textsOf(catalogue: MailTexts, kind: MailKind): MailKindTexts {
  switch (kind) {
    case 'staff-invitation':
      return catalogue.staffInvitation;
    case 'password-reset':
      return catalogue.passwordReset;
    case 'resident-invitation':
      return catalogue.residentInvitation;
    case 'reminder':
      return catalogue.reminder;
  }
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const paragraph = (text: string) => `<p>${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;

/**
 * Writes an e-mail of a kind in a language (nl, fr, en) with its one link, as plain text and as simple HTML
 * (inline styles only, no images or remote content).
 */
export function renderMail(
  kind: MailKind,
  language: Language,
  values: MailValues,
  url: string,
): RenderedMail {
  const catalogue = catalogues[language];
  const texts = textsOf(catalogue, kind);
  const before = [catalogue.greeting(values), ...texts.paragraphs(values)];
  const after = texts.after(values);
  const text = [...before, `${texts.action}: ${url}`, ...after, catalogue.closing].join('\n\n');
  const href = escapeHtml(url);
  const html = [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(texts.subject(values))}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1f2933; max-width: 36rem">',
    ...before.map(paragraph),
    `<p><a href="${href}" style="display: inline-block; padding: 0.6em 1.2em; background: #1d4ed8; color: #ffffff; text-decoration: none; border-radius: 4px">${escapeHtml(texts.action)}</a></p>`,
    `<p style="font-size: 0.9em">${escapeHtml(catalogue.linkHint)}<br><a href="${href}">${href}</a></p>`,
    ...after.map(paragraph),
    paragraph(catalogue.closing),
    '</body></html>',
  ].join('\n');
  return { subject: texts.subject(values), text, html };
}
