import type { Direction, Language, ProgressStatus } from '@neighbourly/core';

/** The facts a change sentence is built from, already formatted for the report language. */
export interface ChangeFacts {
  label: string;
  /** The subgroup in words (`age band: 65+`), absent for everyone. */
  group?: string;
  fromWave: string;
  toWave: string;
  from: string;
  to: string;
  /** True when `from` and `to` read the same after rounding. */
  same: boolean;
  change: string;
  ci?: { low: string; high: string };
  movement: 'up' | 'down';
  /** `not-significant-after-adjustment`: p below alpha on its own, not once adjusted for the number of comparisons. */
  significance: 'significant' | 'not-significant' | 'not-significant-after-adjustment' | 'untested';
  status: ProgressStatus;
  direction: Direction;
  target?: string;
}

/** The facts of a single-wave sentence. */
export interface LevelFacts {
  label: string;
  group?: string;
  wave: string;
  value: string;
  ci?: { low: string; high: string };
  n: string;
}

/** Every text a report prints, in one language. */
export interface Messages {
  reportTitle: string;
  sections: {
    contents: string;
    summary: string;
    theoryOfChange: string;
    process: string;
    method: string;
  };
  outcomeObjective: string;
  processObjectives: string;
  cover: {
    neighbourhood: string;
    municipality: string;
    organisation: string;
    period: string;
    waves: string;
    languages: string;
    generated: string;
    tagline: string;
  };
  languageNames: Record<Language, string>;
  /** Names of common equity variables and their values, used when the project does not name them. */
  knownGroups: { variables: Record<string, string>; values: Record<string, string> };
  status: Record<ProgressStatus, string>;
  direction: Record<Direction, string>;
  kind: Record<'mean' | 'proportion' | 'count' | 'scale' | 'composite', string>;
  table: {
    indicator: string;
    wave: string;
    group: string;
    everyone: string;
    value: string;
    ci: string;
    n: string;
    change: string;
    status: string;
    respondents: string;
    invited: string;
    responseRate: string;
    linked: string;
    alpha: string;
    suppressed: string;
    /** A cell hidden only to protect a small neighbour group (complementary suppression). */
    complementary: string;
  };
  summary: {
    intro: (from: string, to: string) => string;
    introSingle: (wave: string) => string;
    keyIndicators: string;
    responses: string;
    legend: string;
  };
  chart: {
    trend: string;
    distribution: (wave: string) => string;
    breakdown: (wave: string) => string;
    target: string;
    ci: string;
    share: string;
    notShown: string;
    /** Under a distribution some of whose answers are left out for privacy. */
    smallBinsHidden: (min: string) => string;
    answer: string;
  };
  objective: {
    noIndicators: string;
    breakdownNone: (min: string) => string;
    /** `protecting`: a group of the chart is hidden only to protect a small one (complementary). */
    suppressedNote: (min: string, protecting: boolean) => string;
    measures: string;
    /** The coverage table of a section's objectives: its column headers and the unmeasured cell. */
    coverage: { objective: string; description: string; notMeasuredYet: string };
    /** Opens the process section, above the coverage table. */
    processIntro: string;
    /** Opens the process section when no indicator measures a process objective. */
    processIntroNone: string;
  };
  toc: {
    intro: string;
    legend: string;
    notMeasured: string;
  };
  method: {
    intro: string;
    responses: string;
    responsesByGroup: string;
    responsesByGroupNote: string;
    reliability: string;
    reliabilityNote: string;
    reliabilityNone: string;
    tests: string;
    testNames: Record<string, string>;
    adjustment: Record<'holm' | 'bh' | 'none', string>;
    testsText: (alpha: string, adjustment: string, tests: string) => string;
    linkedText: (linked: string) => string;
    privacy: string;
    /** `small`: results below the minimum cell size; `complementary`: results hidden to protect them. */
    privacyText: (small: string, complementary: string) => string;
    privacyNone: string;
    definitions: string;
    items: string;
    target: string;
    baseline: string;
    minCell: string;
  };
  footer: (page: number, total: number) => string;
  /** Percentage points in sentences. */
  percentagePoints: string;
  /** Percentage points in tables. */
  percentagePointsShort: string;
  quote: (text: string) => string;
  groupPhrase: (variable: string, value: string) => string;
  sentence: {
    change: (facts: ChangeFacts) => string;
    suppressed: (facts: {
      label: string;
      group?: string;
      fromWave: string;
      toWave: string;
      min: string;
    }) => string;
    missing: (facts: { label: string; group?: string; fromWave: string; toWave: string }) => string;
    level: (facts: LevelFacts) => string;
    levelSuppressed: (facts: { label: string; group?: string; wave: string; min: string }) => string;
    noData: (facts: { label: string }) => string;
  };
}

const en: Messages = {
  reportTitle: 'Impact report',
  sections: {
    contents: 'Contents',
    summary: 'Summary',
    theoryOfChange: 'Theory of change',
    process: 'Process objectives',
    method: 'Method and data quality',
  },
  outcomeObjective: 'Outcome objective',
  processObjectives: 'Process objectives',
  cover: {
    neighbourhood: 'Neighbourhood',
    municipality: 'Municipality',
    organisation: 'Organisation',
    period: 'Period',
    waves: 'Survey waves',
    languages: 'Languages',
    generated: 'Generated',
    tagline: 'What changed in the neighbourhood, measured in survey waves',
  },
  languageNames: { nl: 'Dutch', fr: 'French', en: 'English' },
  knownGroups: {
    variables: {
      age_band: 'Age',
      support_need: 'Support need',
      informal_carer: 'Informal carer',
      household: 'Household',
      language: 'Language',
      area: 'Area',
      role: 'Role',
    },
    values: {
      yes: 'yes',
      no: 'no',
      none: 'none',
      some: 'some',
      'a-lot': 'a lot',
      alone: 'lives alone',
      'with-others': 'lives with others',
      'under-65': 'under 65',
      '65-plus': '65+',
      '65-79': '65–79',
      '80-plus': '80+',
      volunteer: 'volunteer',
      staff: 'staff',
    },
  },
  status: {
    achieved: 'Achieved',
    improving: 'Improving',
    'no-change': 'No change',
    worsening: 'Worsening',
    'insufficient-data': 'Insufficient data',
  },
  direction: { 'higher-is-better': 'higher is better', 'lower-is-better': 'lower is better' },
  kind: {
    mean: 'mean of a scale',
    proportion: 'share of respondents',
    count: 'number of respondents',
    scale: 'instrument score',
    composite: 'composite of indicators',
  },
  table: {
    indicator: 'Indicator',
    wave: 'Wave',
    group: 'Group',
    everyone: 'All respondents',
    value: 'Value',
    ci: '95% CI',
    n: 'n',
    change: 'Change (95% CI)',
    status: 'Status',
    respondents: 'Respondents',
    invited: 'Invited',
    responseRate: 'Response rate',
    linked: 'Linked',
    alpha: "Cronbach's α",
    suppressed: 'not shown',
    complementary: 'not shown (protects a small group)',
  },
  summary: {
    intro: (from, to) =>
      `This page shows the key outcome indicators: the latest value, the change since ${from} and what that change means. The status compares ${to} with ${from} and with the project's target.`,
    introSingle: (wave) => `This page shows the key outcome indicators as measured in ${wave}.`,
    keyIndicators: 'Key outcome indicators',
    responses: 'Responses per wave',
    legend: 'Status',
  },
  chart: {
    trend: 'Trend over the waves',
    distribution: (wave) => `Answers in ${wave}`,
    breakdown: (wave) => `By group, ${wave}`,
    target: 'target',
    ci: '95% confidence interval',
    share: 'share of respondents',
    notShown: 'not shown',
    smallBinsHidden: (min) => `Answers given by fewer than ${min} people are not shown.`,
    answer: 'answer',
  },
  objective: {
    noIndicators: 'No indicator of this project measures this objective yet.',
    breakdownNone: (min) => `No group breakdown: every subgroup had fewer than ${min} respondents.`,
    suppressedNote: (min, protecting) =>
      `Groups with fewer than ${min} respondents are not shown, to protect their privacy.${protecting ? ' A larger group is hidden as well, so that a small one cannot be worked out from the total.' : ''}`,
    measures: 'Measured by',
    coverage: { objective: 'Objective', description: 'What it means', notMeasuredYet: 'not measured yet' },
    processIntro:
      'How the work is done. The table shows which indicators measure each of the framework’s process objectives; the measured objectives follow, one by one.',
    processIntroNone:
      'No indicator of this project measures a process objective yet. These are the framework’s process objectives; a process round among staff, partners and volunteers can measure them.',
  },
  toc: {
    intro:
      'How the project expects its work to lead to change. Outcome boxes are coloured by the status of the indicators that measure them.',
    legend: 'Colour of outcome boxes',
    notMeasured: 'Not measured',
  },
  method: {
    intro:
      'How the figures in this report were made, how reliable they are and which results are not shown to protect respondents.',
    responses: 'Responses',
    responsesByGroup: 'Respondents by group',
    responsesByGroupNote: 'Largest number of respondents with a usable answer on any indicator.',
    reliability: 'Reliability of scales',
    reliabilityNote: 'Values of 0.70 or more are usually considered acceptable.',
    reliabilityNone: 'No multi-item scale in this report.',
    tests: 'Statistical tests',
    testNames: {
      'paired-t': 'paired t-test',
      'wilcoxon-signed-rank': 'Wilcoxon signed-rank test',
      'welch-t': "Welch's t-test",
      'mann-whitney-u': 'Mann-Whitney U test',
      'two-proportion-z': 'two-proportion z-test',
      mcnemar: "McNemar's test",
      none: 'no test (too few data)',
    },
    adjustment: {
      holm: 'Holm correction for multiple comparisons',
      bh: 'Benjamini-Hochberg correction (false discovery rate)',
      none: 'no correction for multiple comparisons',
    },
    testsText: (alpha, adjustment, tests) =>
      `Changes between waves were tested at a significance level of ${alpha}, with ${adjustment}. Tests used: ${tests}. Paired tests were used where respondents could be linked across waves. The changes shown compare the whole waves (everyone who answered each one), with their 95% confidence interval from the same two samples; the change of the linked respondents alone (the paired change) is in the JSON and CSV results.`,
    linkedText: (linked) => `Respondents linked across the compared waves: ${linked}.`,
    privacy: 'Privacy: results that are not shown',
    privacyText: (small, complementary) =>
      `${small} results rest on fewer respondents than the indicator's minimum cell size. They are not shown anywhere in this report (tables, charts or text), so that small groups of people cannot be recognised.${complementary === '0' ? '' : ` A further ${complementary} results rest on enough respondents but are hidden as well, so that a hidden small group cannot be worked out from the total and the other groups; tables mark them “${en.table.complementary}”.`}`,
    privacyNone: 'Every result in this report rests on enough respondents; nothing had to be hidden.',
    definitions: 'Indicator definitions',
    items: 'Questions',
    target: 'Target',
    baseline: 'Baseline',
    minCell: 'Minimum respondents',
  },
  footer: (page, total) => `Page ${page} of ${total}`,
  percentagePoints: 'percentage points',
  percentagePointsShort: 'pp',
  quote: (text) => `“${text}”`,
  groupPhrase: (variable, value) => `${variable}: ${value}`,
  sentence: {
    change(f) {
      const group = f.group === undefined ? '' : `In the group ${f.group}, `;
      const subject = en.quote(f.label);
      let verb: string;
      if (f.same) verb = `stayed at ${f.to} (${f.fromWave} and ${f.toWave})`;
      else if (f.significance === 'significant')
        verb = `${f.movement === 'up' ? 'rose' : 'fell'} from ${f.from} (${f.fromWave}) to ${f.to} (${f.toWave})`;
      else verb = `went from ${f.from} (${f.fromWave}) to ${f.to} (${f.toWave})`;
      const ci =
        f.ci === undefined
          ? ` (change ${f.change})`
          : ` (change ${f.change}, 95% CI ${f.ci.low} to ${f.ci.high})`;
      const significance =
        f.significance === 'significant'
          ? `, a statistically significant ${f.movement === 'up' ? 'increase' : 'decrease'}.`
          : f.significance === 'not-significant'
            ? '; the difference is not statistically significant.'
            : f.significance === 'not-significant-after-adjustment'
              ? '; the difference is not statistically significant once corrected for the number of comparisons in this report.'
              : '; no significance test could be done.';
      const better = f.direction === 'higher-is-better' ? 'higher' : 'lower';
      const status = {
        achieved:
          f.target === undefined
            ? ' This counts as achieved.'
            : ` The target of ${f.target} has been reached.`,
        improving: ` This is progress${f.target === undefined ? '' : `, though the target of ${f.target} is not yet reached`}.`,
        'no-change': ` There is no meaningful change yet${f.target === undefined ? '' : ` (target: ${f.target})`}.`,
        worsening: ` This is a step back: for this indicator, ${better} values are better.`,
        'insufficient-data': ' There are not enough data to judge progress.',
      }[f.status];
      const sentence = `${group}${subject} ${verb}${ci}${significance}${status}`;
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    },
    suppressed: (f) =>
      `There are too few responses to say how ${en.quote(f.label)} changed${f.group === undefined ? '' : ` in the group ${f.group}`} between ${f.fromWave} and ${f.toWave}: results from fewer than ${f.min} respondents are not shown, to protect their privacy.`,
    missing: (f) =>
      `${en.quote(f.label)}${f.group === undefined ? '' : ` (group ${f.group})`} was not measured in both ${f.fromWave} and ${f.toWave}, so no change can be reported.`,
    level: (f) =>
      `In ${f.wave}, ${en.quote(f.label)}${f.group === undefined ? '' : ` in the group ${f.group}`} was ${f.value}${f.ci === undefined ? ` (n = ${f.n})` : ` (95% CI ${f.ci.low} to ${f.ci.high}; n = ${f.n})`}.`,
    levelSuppressed: (f) =>
      `In ${f.wave}, fewer than ${f.min} respondents${f.group === undefined ? '' : ` in the group ${f.group}`} answered, so ${en.quote(f.label)} is not shown.`,
    noData: (f) =>
      `There are no results for ${en.quote(f.label)}: no wave has usable answers for this indicator.`,
  },
};

const nl: Messages = {
  reportTitle: 'Impactrapport',
  sections: {
    contents: 'Inhoud',
    summary: 'Samenvatting',
    theoryOfChange: 'Veranderingstheorie',
    process: 'Procesdoelstellingen',
    method: 'Methode en datakwaliteit',
  },
  outcomeObjective: 'Resultaatsdoelstelling',
  processObjectives: 'Procesdoelstellingen',
  cover: {
    neighbourhood: 'Buurt',
    municipality: 'Gemeente',
    organisation: 'Organisatie',
    period: 'Periode',
    waves: 'Bevragingen',
    languages: 'Talen',
    generated: 'Aangemaakt op',
    tagline: 'Wat er veranderde in de buurt, gemeten in opeenvolgende bevragingen',
  },
  languageNames: { nl: 'Nederlands', fr: 'Frans', en: 'Engels' },
  knownGroups: {
    variables: {
      age_band: 'Leeftijd',
      support_need: 'Zorgnood',
      informal_carer: 'Mantelzorger',
      household: 'Huishouden',
      language: 'Taal',
      area: 'Buurt',
      role: 'Rol',
    },
    values: {
      yes: 'ja',
      no: 'nee',
      none: 'geen',
      some: 'enige',
      'a-lot': 'veel',
      alone: 'woont alleen',
      'with-others': 'woont samen',
      'under-65': 'jonger dan 65',
      '65-plus': '65+',
      '65-79': '65–79',
      '80-plus': '80+',
      volunteer: 'vrijwilliger',
      staff: 'personeel',
    },
  },
  status: {
    achieved: 'Bereikt',
    improving: 'Verbetert',
    'no-change': 'Geen verandering',
    worsening: 'Verslechtert',
    'insufficient-data': 'Onvoldoende gegevens',
  },
  direction: { 'higher-is-better': 'hoger is beter', 'lower-is-better': 'lager is beter' },
  kind: {
    mean: 'gemiddelde van een schaal',
    proportion: 'aandeel van de respondenten',
    count: 'aantal respondenten',
    scale: 'score op een instrument',
    composite: 'samengestelde indicator',
  },
  table: {
    indicator: 'Indicator',
    wave: 'Bevraging',
    group: 'Groep',
    everyone: 'Alle respondenten',
    value: 'Waarde',
    ci: '95%-BI',
    n: 'n',
    change: 'Verandering (95%-BI)',
    status: 'Status',
    respondents: 'Respondenten',
    invited: 'Uitgenodigd',
    responseRate: 'Respons',
    linked: 'Gekoppeld',
    alpha: 'Cronbachs α',
    suppressed: 'niet getoond',
    complementary: 'niet getoond (beschermt een kleine groep)',
  },
  summary: {
    intro: (from, to) =>
      `Deze pagina toont de belangrijkste resultaatsindicatoren: de laatste waarde, de verandering sinds ${from} en wat die verandering betekent. De status vergelijkt ${to} met ${from} en met de streefwaarde van het project.`,
    introSingle: (wave) =>
      `Deze pagina toont de belangrijkste resultaatsindicatoren zoals gemeten in ${wave}.`,
    keyIndicators: 'Belangrijkste resultaatsindicatoren',
    responses: 'Antwoorden per bevraging',
    legend: 'Status',
  },
  chart: {
    trend: 'Verloop over de bevragingen',
    distribution: (wave) => `Antwoorden in ${wave}`,
    breakdown: (wave) => `Per groep, ${wave}`,
    target: 'streefwaarde',
    ci: '95%-betrouwbaarheidsinterval',
    share: 'aandeel van de respondenten',
    notShown: 'niet getoond',
    smallBinsHidden: (min) => `Antwoorden van minder dan ${min} mensen worden niet getoond.`,
    answer: 'antwoord',
  },
  objective: {
    noIndicators: 'Nog geen enkele indicator van dit project meet deze doelstelling.',
    breakdownNone: (min) => `Geen opsplitsing per groep: elke subgroep telde minder dan ${min} respondenten.`,
    suppressedNote: (min, protecting) =>
      `Groepen met minder dan ${min} respondenten worden niet getoond, om hun privacy te beschermen.${protecting ? ' Ook een grotere groep is verborgen, zodat een kleine groep niet uit het totaal af te leiden is.' : ''}`,
    measures: 'Gemeten met',
    coverage: {
      objective: 'Doelstelling',
      description: 'Wat ze inhoudt',
      notMeasuredYet: 'nog niet gemeten',
    },
    processIntro:
      'Hoe het werk verloopt. De tabel toont welke indicatoren elk van de procesdoelstellingen van het kader meten; daarna volgen de gemeten doelstellingen, een voor een.',
    processIntroNone:
      'Nog geen enkele indicator van dit project meet een procesdoelstelling. Dit zijn de procesdoelstellingen van het kader; een procesbevraging bij medewerkers, partners en vrijwilligers kan ze meten.',
  },
  toc: {
    intro:
      'Hoe het project verwacht dat zijn werk tot verandering leidt. De kleur van de resultaatvakken volgt de status van de indicatoren die ze meten.',
    legend: 'Kleur van de resultaatvakken',
    notMeasured: 'Niet gemeten',
  },
  method: {
    intro:
      'Hoe de cijfers in dit rapport tot stand kwamen, hoe betrouwbaar ze zijn en welke resultaten niet getoond worden om respondenten te beschermen.',
    responses: 'Antwoorden',
    responsesByGroup: 'Respondenten per groep',
    responsesByGroupNote: 'Grootste aantal respondenten met een bruikbaar antwoord op een indicator.',
    reliability: 'Betrouwbaarheid van de schalen',
    reliabilityNote: 'Waarden vanaf 0,70 gelden doorgaans als aanvaardbaar.',
    reliabilityNone: 'Dit rapport bevat geen schalen met meerdere items.',
    tests: 'Statistische toetsen',
    testNames: {
      'paired-t': 'gepaarde t-toets',
      'wilcoxon-signed-rank': 'Wilcoxon-rangtekentoets',
      'welch-t': 't-toets van Welch',
      'mann-whitney-u': 'Mann-Whitney U-toets',
      'two-proportion-z': 'z-toets voor twee proporties',
      mcnemar: 'McNemar-toets',
      none: 'geen toets (te weinig gegevens)',
    },
    adjustment: {
      holm: 'Holm-correctie voor meervoudig toetsen',
      bh: 'Benjamini-Hochberg-correctie (false discovery rate)',
      none: 'zonder correctie voor meervoudig toetsen',
    },
    testsText: (alpha, adjustment, tests) =>
      `Veranderingen tussen bevragingen werden getoetst op een significantieniveau van ${alpha}, met ${adjustment}. Gebruikte toetsen: ${tests}. Waar respondenten over de bevragingen heen gekoppeld konden worden, werden gepaarde toetsen gebruikt. De getoonde veranderingen vergelijken de volledige bevragingen (iedereen die aan elke bevraging deelnam), met hun 95%-betrouwbaarheidsinterval uit diezelfde twee steekproeven; de verandering bij alleen de gekoppelde respondenten (de gepaarde verandering) staat in de JSON- en CSV-resultaten.`,
    linkedText: (linked) => `Respondenten gekoppeld tussen de vergeleken bevragingen: ${linked}.`,
    privacy: 'Privacy: resultaten die niet getoond worden',
    privacyText: (small, complementary) =>
      `${small} resultaten steunen op minder respondenten dan de minimale celgrootte van de indicator. Ze staan nergens in dit rapport (niet in tabellen, grafieken of tekst), zodat kleine groepen mensen niet herkenbaar zijn.${complementary === '0' ? '' : ` Nog ${complementary} resultaten steunen wel op voldoende respondenten, maar zijn ook verborgen, zodat een verborgen kleine groep niet uit het totaal en de andere groepen af te leiden is; tabellen tonen ze als “${nl.table.complementary}”.`}`,
    privacyNone:
      'Elk resultaat in dit rapport steunt op voldoende respondenten; er moest niets verborgen worden.',
    definitions: 'Definities van de indicatoren',
    items: 'Vragen',
    target: 'Streefwaarde',
    baseline: 'Beginwaarde',
    minCell: 'Minimum respondenten',
  },
  footer: (page, total) => `Pagina ${page} van ${total}`,
  percentagePoints: 'procentpunt',
  percentagePointsShort: 'pp',
  quote: (text) => `‘${text}’`,
  groupPhrase: (variable, value) => `${variable}: ${value}`,
  sentence: {
    change(f) {
      let verb: string;
      let rest: string;
      if (f.same) {
        verb = 'bleef';
        rest = `op ${f.to} (${f.fromWave} en ${f.toWave})`;
      } else {
        verb = f.significance === 'significant' ? (f.movement === 'up' ? 'steeg' : 'daalde') : 'ging';
        rest = `van ${f.from} (${f.fromWave}) naar ${f.to} (${f.toWave})`;
      }
      const head =
        f.group === undefined
          ? `${nl.quote(f.label)} ${verb} ${rest}`
          : `In de groep ${f.group} ${verb} ${nl.quote(f.label)} ${rest}`;
      const ci =
        f.ci === undefined
          ? ` (verandering ${f.change})`
          : ` (verandering ${f.change}, 95%-BI ${f.ci.low} tot ${f.ci.high})`;
      const significance =
        f.significance === 'significant'
          ? `, een statistisch significante ${f.movement === 'up' ? 'stijging' : 'daling'}.`
          : f.significance === 'not-significant'
            ? '; het verschil is statistisch niet significant.'
            : f.significance === 'not-significant-after-adjustment'
              ? '; na correctie voor het aantal vergelijkingen in dit rapport is het verschil statistisch niet significant.'
              : '; een significantietoets was niet mogelijk.';
      const better = f.direction === 'higher-is-better' ? 'hogere' : 'lagere';
      const status = {
        achieved:
          f.target === undefined ? ' Dit geldt als bereikt.' : ` De streefwaarde van ${f.target} is bereikt.`,
        improving: ` Dit is vooruitgang${f.target === undefined ? '' : `, al is de streefwaarde van ${f.target} nog niet bereikt`}.`,
        'no-change': ` Er is nog geen betekenisvolle verandering${f.target === undefined ? '' : ` (streefwaarde: ${f.target})`}.`,
        worsening: ` Dit is een achteruitgang: voor deze indicator zijn ${better} waarden beter.`,
        'insufficient-data': ' Er zijn niet genoeg gegevens om de vooruitgang te beoordelen.',
      }[f.status];
      const sentence = `${head}${ci}${significance}${status}`;
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    },
    suppressed: (f) =>
      `Er zijn te weinig antwoorden om te zeggen hoe ${nl.quote(f.label)} veranderde${f.group === undefined ? '' : ` in de groep ${f.group}`} tussen ${f.fromWave} en ${f.toWave}: resultaten van minder dan ${f.min} respondenten tonen we niet, om hun privacy te beschermen.`,
    missing: (f) =>
      `${nl.quote(f.label)}${f.group === undefined ? '' : ` (groep ${f.group})`} werd niet zowel in ${f.fromWave} als in ${f.toWave} gemeten; er is dus geen verandering te melden.`,
    level: (f) =>
      `In ${f.wave} was ${nl.quote(f.label)}${f.group === undefined ? '' : ` in de groep ${f.group}`} ${f.value}${f.ci === undefined ? ` (n = ${f.n})` : ` (95%-BI ${f.ci.low} tot ${f.ci.high}; n = ${f.n})`}.`,
    levelSuppressed: (f) =>
      `In ${f.wave} antwoordden minder dan ${f.min} respondenten${f.group === undefined ? '' : ` in de groep ${f.group}`}; ${nl.quote(f.label)} wordt daarom niet getoond.`,
    noData: (f) =>
      `Er zijn geen resultaten voor ${nl.quote(f.label)}: geen enkele bevraging heeft bruikbare antwoorden voor deze indicator.`,
  },
};

const nbsp = '\u00a0';

const fr: Messages = {
  reportTitle: 'Rapport d’impact',
  sections: {
    contents: 'Table des matières',
    summary: 'Synthèse',
    theoryOfChange: 'Théorie du changement',
    process: 'Objectifs de processus',
    method: 'Méthode et qualité des données',
  },
  outcomeObjective: 'Objectif de résultat',
  processObjectives: 'Objectifs de processus',
  cover: {
    neighbourhood: 'Quartier',
    municipality: 'Commune',
    organisation: 'Organisation',
    period: 'Période',
    waves: 'Vagues d’enquête',
    languages: 'Langues',
    generated: 'Généré le',
    tagline: 'Ce qui a changé dans le quartier, mesuré par vagues d’enquête',
  },
  languageNames: { nl: 'néerlandais', fr: 'français', en: 'anglais' },
  knownGroups: {
    variables: {
      age_band: 'Âge',
      support_need: 'Besoin de soutien',
      informal_carer: 'Aidant proche',
      household: 'Ménage',
      language: 'Langue',
      area: 'Quartier',
      role: 'Rôle',
    },
    values: {
      yes: 'oui',
      no: 'non',
      none: 'aucun',
      some: 'modéré',
      'a-lot': 'important',
      alone: 'vit seul·e',
      'with-others': 'vit avec d’autres',
      'under-65': 'moins de 65 ans',
      '65-plus': '65 ans et plus',
      '65-79': '65–79 ans',
      '80-plus': '80 ans et plus',
      volunteer: 'bénévole',
      staff: 'personnel',
    },
  },
  status: {
    achieved: 'Atteint',
    improving: 'En progrès',
    'no-change': 'Pas de changement',
    worsening: 'En recul',
    'insufficient-data': 'Données insuffisantes',
  },
  direction: { 'higher-is-better': 'plus élevé est meilleur', 'lower-is-better': 'plus bas est meilleur' },
  kind: {
    mean: 'moyenne d’une échelle',
    proportion: 'part des répondants',
    count: 'nombre de répondants',
    scale: 'score d’un instrument',
    composite: 'indicateur composite',
  },
  table: {
    indicator: 'Indicateur',
    wave: 'Vague',
    group: 'Groupe',
    everyone: 'Tous les répondants',
    value: 'Valeur',
    ci: `IC à 95${nbsp}%`,
    n: 'n',
    change: `Variation (IC à 95${nbsp}%)`,
    status: 'Statut',
    respondents: 'Répondants',
    invited: 'Invités',
    responseRate: 'Taux de réponse',
    linked: 'Appariés',
    alpha: 'α de Cronbach',
    suppressed: 'non affiché',
    complementary: 'non affiché (protège un petit groupe)',
  },
  summary: {
    intro: (from, to) =>
      `Cette page présente les principaux indicateurs de résultat${nbsp}: la dernière valeur, l’évolution depuis la vague «${nbsp}${from}${nbsp}» et ce qu’elle signifie. Le statut compare la vague «${nbsp}${to}${nbsp}» à la vague «${nbsp}${from}${nbsp}» et à la cible du projet.`,
    introSingle: (wave) =>
      `Cette page présente les principaux indicateurs de résultat mesurés lors de la vague «${nbsp}${wave}${nbsp}».`,
    keyIndicators: 'Principaux indicateurs de résultat',
    responses: 'Réponses par vague',
    legend: 'Statut',
  },
  chart: {
    trend: 'Évolution au fil des vagues',
    distribution: (wave) => `Réponses, ${wave}`,
    breakdown: (wave) => `Par groupe, ${wave}`,
    target: 'cible',
    ci: `intervalle de confiance à 95${nbsp}%`,
    share: 'part des répondants',
    notShown: 'non affiché',
    smallBinsHidden: (min) => `Les réponses données par moins de ${min} personnes ne sont pas affichées.`,
    answer: 'réponse',
  },
  objective: {
    noIndicators: 'Aucun indicateur de ce projet ne mesure encore cet objectif.',
    breakdownNone: (min) =>
      `Pas de ventilation par groupe${nbsp}: chaque sous-groupe comptait moins de ${min} répondants.`,
    suppressedNote: (min, protecting) =>
      `Les groupes de moins de ${min} répondants ne sont pas affichés, pour protéger leur vie privée.${protecting ? ' Un groupe plus grand est masqué aussi, pour qu’un petit groupe ne puisse pas être déduit du total.' : ''}`,
    measures: 'Mesuré par',
    coverage: {
      objective: 'Objectif',
      description: 'Ce qu’il recouvre',
      notMeasuredYet: 'pas encore mesuré',
    },
    processIntro:
      'Comment le travail se déroule. Le tableau montre quels indicateurs mesurent chacun des objectifs de processus du cadre ; les objectifs mesurés suivent, un par un.',
    processIntroNone:
      'Aucun indicateur de ce projet ne mesure encore un objectif de processus. Voici les objectifs de processus du cadre ; une enquête de processus auprès du personnel, des partenaires et des bénévoles peut les mesurer.',
  },
  toc: {
    intro:
      'Comment le projet prévoit que son action mène au changement. La couleur des cases de résultat suit le statut des indicateurs qui les mesurent.',
    legend: 'Couleur des cases de résultat',
    notMeasured: 'Non mesuré',
  },
  method: {
    intro:
      'Comment les chiffres de ce rapport ont été obtenus, leur fiabilité et les résultats non affichés pour protéger les répondants.',
    responses: 'Réponses',
    responsesByGroup: 'Répondants par groupe',
    responsesByGroupNote: 'Plus grand nombre de répondants ayant une réponse exploitable pour un indicateur.',
    reliability: 'Fiabilité des échelles',
    reliabilityNote: 'Des valeurs de 0,70 ou plus sont généralement jugées acceptables.',
    reliabilityNone: 'Ce rapport ne contient pas d’échelle à plusieurs items.',
    tests: 'Tests statistiques',
    testNames: {
      'paired-t': 'test t apparié',
      'wilcoxon-signed-rank': 'test des rangs signés de Wilcoxon',
      'welch-t': 'test t de Welch',
      'mann-whitney-u': 'test U de Mann-Whitney',
      'two-proportion-z': 'test z de deux proportions',
      mcnemar: 'test de McNemar',
      none: 'pas de test (trop peu de données)',
    },
    adjustment: {
      holm: 'la correction de Holm pour comparaisons multiples',
      bh: 'la correction de Benjamini-Hochberg (taux de fausses découvertes)',
      none: 'sans correction pour comparaisons multiples',
    },
    testsText: (alpha, adjustment, tests) =>
      `Les évolutions entre vagues ont été testées au seuil de ${alpha}, avec ${adjustment}. Tests utilisés${nbsp}: ${tests}. Des tests appariés ont été utilisés lorsque les répondants pouvaient être suivis d’une vague à l’autre. Les évolutions présentées comparent les vagues entières (toutes les personnes ayant répondu à chacune), avec leur intervalle de confiance à 95${nbsp}% tiré de ces deux mêmes échantillons${nbsp}; l’évolution des seuls répondants appariés (l’évolution appariée) figure dans les résultats JSON et CSV.`,
    linkedText: (linked) => `Répondants appariés entre les vagues comparées${nbsp}: ${linked}.`,
    privacy: `Vie privée${nbsp}: résultats non affichés`,
    privacyText: (small, complementary) =>
      `${small} résultats reposent sur moins de répondants que la taille minimale de cellule de l’indicateur. Ils n’apparaissent nulle part dans ce rapport (ni tableaux, ni graphiques, ni texte), afin que de petits groupes de personnes ne puissent pas être reconnus.${complementary === '0' ? '' : ` ${complementary} autres résultats reposent sur assez de répondants mais sont masqués aussi, pour qu’un petit groupe masqué ne puisse pas être déduit du total et des autres groupes${nbsp}; les tableaux les signalent par «${nbsp}${fr.table.complementary}${nbsp}».`}`,
    privacyNone: `Chaque résultat de ce rapport repose sur assez de répondants${nbsp}; rien n’a dû être masqué.`,
    definitions: 'Définitions des indicateurs',
    items: 'Questions',
    target: 'Cible',
    baseline: 'Valeur de départ',
    minCell: 'Répondants minimum',
  },
  footer: (page, total) => `Page ${page} sur ${total}`,
  percentagePoints: 'points de pourcentage',
  percentagePointsShort: 'pts',
  quote: (text) => `«${nbsp}${text}${nbsp}»`,
  groupPhrase: (variable, value) => `${variable}${nbsp}: ${value}`,
  sentence: {
    change(f) {
      const subject = `l’indicateur ${fr.quote(f.label)}`;
      const head = f.group === undefined ? subject : `Dans le groupe ${f.group}, ${subject}`;
      const verb = f.same
        ? `est resté à ${f.to} (${f.fromWave} et ${f.toWave})`
        : `est passé de ${f.from} (${f.fromWave}) à ${f.to} (${f.toWave})`;
      const ci =
        f.ci === undefined
          ? ` (variation${nbsp}: ${f.change})`
          : ` (variation${nbsp}: ${f.change}${nbsp}; IC à 95${nbsp}% de ${f.ci.low} à ${f.ci.high})`;
      const significance =
        f.significance === 'significant'
          ? `, une ${f.movement === 'up' ? 'hausse' : 'baisse'} statistiquement significative.`
          : f.significance === 'not-significant'
            ? `${nbsp}; la différence n’est pas statistiquement significative.`
            : f.significance === 'not-significant-after-adjustment'
              ? `${nbsp}; après correction pour le nombre de comparaisons de ce rapport, la différence n’est pas statistiquement significative.`
              : `${nbsp}; aucun test de signification n’a pu être réalisé.`;
      const better = f.direction === 'higher-is-better' ? 'élevées' : 'basses';
      const status = {
        achieved:
          f.target === undefined
            ? ' L’objectif est considéré comme atteint.'
            : ` La cible de ${f.target} est atteinte.`,
        improving: ` C’est un progrès${f.target === undefined ? '' : `, même si la cible de ${f.target} n’est pas encore atteinte`}.`,
        'no-change': ` Il n’y a pas encore de changement notable${f.target === undefined ? '' : ` (cible${nbsp}: ${f.target})`}.`,
        worsening: ` C’est un recul${nbsp}: pour cet indicateur, des valeurs plus ${better} sont meilleures.`,
        'insufficient-data': ' Les données sont insuffisantes pour juger des progrès.',
      }[f.status];
      const sentence = `${head} ${verb}${ci}${significance}${status}`;
      return sentence.charAt(0).toUpperCase() + sentence.slice(1);
    },
    suppressed: (f) =>
      `Il y a trop peu de réponses pour dire comment l’indicateur ${fr.quote(f.label)} a évolué${f.group === undefined ? '' : ` dans le groupe ${f.group}`} entre ${f.fromWave} et ${f.toWave}${nbsp}: les résultats portant sur moins de ${f.min} répondants ne sont pas affichés, pour protéger leur vie privée.`,
    missing: (f) =>
      `L’indicateur ${fr.quote(f.label)}${f.group === undefined ? '' : ` (groupe ${f.group})`} n’a pas été mesuré lors des deux vagues (${f.fromWave}, ${f.toWave})${nbsp}; aucune évolution ne peut être rapportée.`,
    level: (f) =>
      `${f.wave}${nbsp}: l’indicateur ${fr.quote(f.label)}${f.group === undefined ? '' : ` dans le groupe ${f.group}`} était de ${f.value}${f.ci === undefined ? ` (n = ${f.n})` : ` (IC à 95${nbsp}% de ${f.ci.low} à ${f.ci.high}${nbsp}; n = ${f.n})`}.`,
    levelSuppressed: (f) =>
      `${f.wave}${nbsp}: moins de ${f.min} répondants${f.group === undefined ? '' : ` du groupe ${f.group}`} ont répondu${nbsp}; l’indicateur ${fr.quote(f.label)} n’est donc pas affiché.`,
    noData: (f) =>
      `Il n’y a pas de résultat pour l’indicateur ${fr.quote(f.label)}${nbsp}: aucune vague ne contient de réponses exploitables pour cet indicateur.`,
  },
};

const catalogue: Record<Language, Messages> = { en, nl, fr };

/** The message catalogue of one language. */
export function messagesFor(lang: Language): Messages {
  return catalogue[lang];
}
