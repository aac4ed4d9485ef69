import i18n, { type Resource } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

/** The interface languages, in the order the switch shows them. */
export const languages = ['nl', 'fr', 'en'] as const;
/** An interface language. */
export type Language = (typeof languages)[number];

type Catalogue = { default: Record<string, unknown> };

/**
 * Every catalogue of the app: `src/ui/locales/<lang>.json` is the `ui` namespace and
 * `src/features/<feature>/locales/<lang>.json` the feature's namespace. A feature adds its folder and is found.
 */
const catalogues = import.meta.glob<Catalogue>(['../ui/locales/*.json', '../features/*/locales/*.json'], {
  eager: true,
});

/** The catalogues as i18next resources: `{ nl: { ui: {...}, projects: {...} }, fr: ..., en: ... }`. */
export function catalogueResources(files: Record<string, Catalogue> = catalogues): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /(?:features\/([^/]+)|(ui))\/locales\/([a-z]{2})\.json$/.exec(path);
    if (match === null) continue;
    const namespace = match[1] ?? 'ui';
    const lang = match[3] as string;
    resources[lang] ??= {};
    resources[lang][namespace] = module.default;
  }
  return resources;
}

/** Starts i18next: the language saved by the switch, else the browser's, else English. */
export function setUpI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: catalogueResources(),
      supportedLngs: [...languages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      defaultNS: 'ui',
      ns: Object.keys(catalogueResources().en ?? {}),
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: 'neighbourly:language',
        caches: ['localStorage'],
      },
      returnNull: false,
    });
  const applyLang = (lng: string) => {
    document.documentElement.lang = lng.slice(0, 2);
  };
  applyLang(i18n.resolvedLanguage ?? 'en');
  i18n.on('languageChanged', applyLang);
  return i18n;
}

/** The current interface language (one of {@link languages}). */
export function currentLanguage(): Language {
  const lng = (i18n.resolvedLanguage ?? i18n.language ?? 'en').slice(0, 2);
  return (languages as readonly string[]).includes(lng) ? (lng as Language) : 'en';
}
