import type { ProgressStatus } from '@neighbourly/core';

/**
 * The Okabe-Ito palette (Okabe & Ito, 2008): eight colours that stay distinct for the common forms of
 * colour blindness. Series in charts take them in this order.
 */
export const okabeIto = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  skyBlue: '#56B4E9',
  reddishPurple: '#CC79A7',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/** Chart series colours, in order. */
export const seriesColours = [
  okabeIto.blue,
  okabeIto.orange,
  okabeIto.bluishGreen,
  okabeIto.vermillion,
  okabeIto.reddishPurple,
  okabeIto.skyBlue,
] as const;

/** Text and rule colours of the document. */
export const ink = {
  text: '#1F2933',
  muted: '#5B6670',
  faint: '#8A949C',
  rule: '#D5DADF',
  band: '#F2F5F8',
  accent: '#0B4F7C',
  accentDark: '#0A3050',
} as const;

/**
 * Status colours from the Okabe-Ito palette, each paired with a glyph so that status never rests on
 * colour alone, and a light tint for fills behind text.
 */
export const statusStyle: Record<ProgressStatus, { colour: string; tint: string; glyph: string }> = {
  achieved: { colour: okabeIto.bluishGreen, tint: '#D9F0E8', glyph: '✓' },
  improving: { colour: okabeIto.blue, tint: '#D6E8F4', glyph: '↗' },
  'no-change': { colour: '#6E7781', tint: '#E6E9EC', glyph: '→' },
  worsening: { colour: okabeIto.vermillion, tint: '#F8E0D0', glyph: '↘' },
  'insufficient-data': { colour: '#9AA3AB', tint: '#F1F3F5', glyph: '?' },
};
