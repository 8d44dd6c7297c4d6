// The intake "Welke route past bij ons?": ten questions about the gemeente's situation, each answer weighing the routes.
import type { LocalText, RouteKey } from "./scenarios";

export type IntakeOption = {
  /** Short kebab-case, unique within the question; stored with a route decision, so never renamed. */
  value: string;
  /** The answer as the user reads it. */
  label: LocalText;
  /** Completes "omdat u aangaf dat …" / "because you said that …", e.g. nl "impactgericht werken nog niet breed omarmd is". */
  reason: LocalText;
  /** Small integers, may be negative; a route left out is neither helped nor hindered by this answer. */
  scores: Partial<Record<RouteKey, number>>;
};

export type IntakeQuestion = { key: string; question: LocalText; hint?: LocalText; options: IntakeOption[] };

/** Question key -> option value. */
export type IntakeAnswers = Record<string, string>;

// The weights follow what the article says each route suits, and its opportunities and risks: 3 for an answer that
// matches what a route is made for, 1 or 2 for one that helps, negative where the answer points at a route's risk.
export const INTAKE_QUESTIONS: readonly IntakeQuestion[] = [
  {
    key: "embrace",
    question: {
      nl: "Hoe breed is impactgericht werken in uw organisatie al omarmd?",
      en: "How widely is impact-driven working already embraced in your organisation?",
    },
    options: [
      {
        value: "nog-niet",
        label: {
          nl: "Nog niet breed: veel collega's moeten nog overtuigd worden",
          en: "Not widely yet: many colleagues still need convincing",
        },
        reason: {
          nl: "impactgericht werken nog niet breed omarmd is",
          en: "impact-driven working is not yet widely embraced",
        },
        // A good example convinces doubters; partners cannot be brought along while the organisation itself doubts.
        scores: { "klein-en-krachtig": 3, "impact-deep-diving": 1, "focus-op-partners": -2 },
      },
      {
        value: "deels",
        label: {
          nl: "Bij een deel: sommige teams doen mee, andere twijfelen",
          en: "Partly: some teams are on board, others have doubts",
        },
        reason: {
          nl: "impactgericht werken in een deel van de organisatie leeft, maar nog niet overal",
          en: "impact-driven working lives in part of the organisation, but not everywhere yet",
        },
        scores: { "klein-en-krachtig": 1, "impact-deep-diving": 1, training: 1 },
      },
      {
        value: "breed",
        label: {
          nl: "Breed: bijna niemand twijfelt nog aan de waarde",
          en: "Widely: hardly anyone doubts its value",
        },
        reason: {
          nl: "bijna niemand in uw organisatie twijfelt aan de waarde van impactgericht werken",
          en: "hardly anyone in your organisation doubts the value of impact-driven working",
        },
        // Nothing left to prove with a pilot.
        scores: { "focus-op-partners": 3, "strategische-start": 1, training: 1, "klein-en-krachtig": -1 },
      },
    ],
  },
  {
    key: "means",
    question: {
      nl: "Hoeveel tijd en geld kunt u de komende tijd vrijmaken voor impactgericht werken?",
      en: "How much time and money can you free up for impact-driven working in the coming period?",
    },
    hint: {
      nl: "Denk aan uren van medewerkers en aan budget voor onderzoek, training of begeleiding.",
      en: "Think of staff hours and of budget for research, training or support.",
    },
    options: [
      {
        value: "beperkt",
        label: { nl: "Weinig: we moeten het doen met wat er is", en: "Little: we have to make do with what we have" },
        reason: { nl: "u weinig tijd en geld kunt vrijmaken", en: "you can free up little time and money" },
        // Bringing partners up to level and training staff are the two costly routes.
        scores: {
          "klein-en-krachtig": 3,
          "impact-deep-diving": 1,
          "strategische-start": -1,
          "focus-op-partners": -2,
          training: -1,
        },
      },
      {
        value: "gemiddeld",
        label: { nl: "Enige ruimte, voor een afgebakende aanpak", en: "Some room, for a bounded approach" },
        reason: {
          nl: "u enige tijd en geld kunt vrijmaken voor een afgebakende aanpak",
          en: "you can free up some time and money for a bounded approach",
        },
        scores: { "klein-en-krachtig": 1, "impact-deep-diving": 2, "strategische-start": 1 },
      },
      {
        value: "ruim",
        label: { nl: "Veel: we kunnen flink investeren", en: "A lot: we can invest substantially" },
        reason: { nl: "u flink kunt investeren in tijd en geld", en: "you can invest substantially in time and money" },
        scores: { "focus-op-partners": 2, training: 2, "strategische-start": 1 },
      },
    ],
  },
  {
    key: "partners",
    question: {
      nl: "Hoeveel van uw werk loopt via uitvoeringspartners?",
      en: "How much of your work runs through implementing partners?",
    },
    hint: {
      nl: "Uitvoeringspartners zijn organisaties die uw beleid uitvoeren, zoals een welzijnsorganisatie of een sportvereniging.",
      en: "Implementing partners are organisations that carry out your policy, such as a welfare organisation or a sports club.",
    },
    options: [
      {
        value: "weinig",
        label: { nl: "Weinig: we doen het meeste zelf", en: "Little: we do most of it ourselves" },
        reason: { nl: "u het meeste werk zelf uitvoert", en: "you carry out most of the work yourselves" },
        // The gain is then in the gemeente's own people, not in partners.
        scores: { training: 1, "strategische-start": -1, "focus-op-partners": -3 },
      },
      {
        value: "deels",
        label: {
          nl: "Een deel: we doen veel zelf en werken ook met partners",
          en: "Some: we do a lot ourselves and also work with partners",
        },
        reason: {
          nl: "een deel van uw werk via uitvoeringspartners loopt",
          en: "part of your work runs through implementing partners",
        },
        scores: { "strategische-start": 1, "focus-op-partners": 1 },
      },
      {
        value: "veel",
        label: {
          nl: "Veel: partners voeren het grootste deel van ons beleid uit",
          en: "A lot: partners carry out most of our policy",
        },
        reason: {
          nl: "uitvoeringspartners het grootste deel van uw beleid uitvoeren",
          en: "implementing partners carry out most of your policy",
        },
        scores: { "focus-op-partners": 3, "strategische-start": 2 },
      },
    ],
  },
  {
    key: "policyMoment",
    question: {
      nl: "Komt er binnenkort een nieuwe strategie, een nieuw beleidskader of een nieuwe subsidieronde?",
      en: "Is a new strategy, policy framework or subsidy round coming soon?",
    },
    options: [
      {
        value: "binnenkort",
        label: { nl: "Ja, binnen ongeveer een jaar", en: "Yes, within about a year" },
        reason: {
          nl: "er binnen ongeveer een jaar een nieuwe strategie, een nieuw beleidskader of een nieuwe subsidieronde komt",
          en: "a new strategy, policy framework or subsidy round is coming within about a year",
        },
        scores: { "strategische-start": 3, "focus-op-partners": 1 },
      },
      {
        value: "later",
        label: { nl: "Ja, maar pas later", en: "Yes, but only later" },
        reason: {
          nl: "er wel een nieuwe strategie of subsidieronde komt, maar pas later",
          en: "a new strategy or subsidy round is coming, but only later",
        },
        scores: { "strategische-start": 1 },
      },
      {
        value: "nee",
        label: { nl: "Nee, dat staat niet op de planning", en: "No, nothing like that is planned" },
        reason: {
          nl: "er geen nieuwe strategie, beleidskaders of subsidieronde gepland zijn",
          en: "no new strategy, policy frameworks or subsidy round are planned",
        },
        // Without such a moment the strategic route has little to hook into.
        scores: { "strategische-start": -2, "klein-en-krachtig": 1, "impact-deep-diving": 1 },
      },
    ],
  },
  {
    key: "learningQuestions",
    question: {
      nl: "Leven er in uw organisatie al vragen over de impact van uw werk?",
      en: "Are there already questions in your organisation about the impact of your work?",
    },
    hint: {
      nl: "Een leervraag is een vraag die u beantwoord wilt zien. Bijvoorbeeld: bereikt ons beweegprogramma de inwoners die het het meest nodig hebben?",
      en: "A learning question is a question you want answered. For example: does our exercise programme reach the residents who need it most?",
    },
    options: [
      {
        value: "concreet",
        label: { nl: "Ja, er liggen concrete leervragen", en: "Yes, there are concrete learning questions" },
        reason: {
          nl: "er al concrete leervragen leven",
          en: "concrete learning questions are already alive in your organisation",
        },
        scores: { "impact-deep-diving": 3, "klein-en-krachtig": 1 },
      },
      {
        value: "vaag",
        label: {
          nl: "Er zijn vragen, maar ze zijn nog niet scherp",
          en: "There are questions, but they are not sharp yet",
        },
        reason: {
          nl: "er wel vragen leven, maar die nog niet scherp zijn",
          en: "there are questions, but they are not sharp yet",
        },
        scores: { "impact-deep-diving": 1, "klein-en-krachtig": 1 },
      },
      {
        value: "geen",
        label: { nl: "Nee, daar zijn we nog niet mee bezig", en: "No, we are not working on that yet" },
        reason: {
          nl: "er nog geen leervragen over impact leven",
          en: "no learning questions about impact are alive yet",
        },
        // Learning questions come from people who know the language of impact; training builds that first.
        scores: { "impact-deep-diving": -3, training: 1 },
      },
    ],
  },
  {
    key: "trainingSupport",
    question: {
      nl: "Steunt het management training en ontwikkeling, en maakt het daar ruimte voor?",
      en: "Does management back training and development, and make room for it?",
    },
    options: [
      {
        value: "ja",
        label: {
          nl: "Ja, er is steun en er is tijd en geld voor",
          en: "Yes, there is backing as well as time and money",
        },
        reason: {
          nl: "het management achter training en ontwikkeling staat en er tijd en geld voor vrijmaakt",
          en: "management stands behind training and development and frees up time and money for it",
        },
        scores: { training: 3, "focus-op-partners": 1 },
      },
      {
        value: "in-woorden",
        label: {
          nl: "Het management steunt het, maar er is weinig ruimte",
          en: "Management backs it, but there is little room",
        },
        reason: {
          nl: "het management training wel steunt, maar er weinig ruimte voor is",
          en: "management backs training but there is little room for it",
        },
        scores: { "klein-en-krachtig": 1, training: -1 },
      },
      {
        value: "nee",
        label: { nl: "Nee, daar is nu geen steun voor", en: "No, there is no backing for it now" },
        reason: {
          nl: "er nu geen steun van het management is voor training en ontwikkeling",
          en: "there is no backing from management for training and development now",
        },
        scores: { training: -3, "klein-en-krachtig": 1, "impact-deep-diving": 1 },
      },
    ],
  },
  {
    key: "ambition",
    question: { nl: "Wat wilt u vooral bereiken?", en: "What do you mainly want to achieve?" },
    options: [
      {
        value: "uitproberen",
        label: {
          nl: "Eerst ervaren wat impactgericht werken ons oplevert",
          en: "First find out what impact-driven working brings us",
        },
        reason: {
          nl: "u eerst wilt ervaren wat impactgericht werken oplevert",
          en: "you first want to find out what impact-driven working brings",
        },
        scores: { "klein-en-krachtig": 3 },
      },
      {
        value: "structureel",
        label: {
          nl: "Structureel anders werken aan maatschappelijke opgaven",
          en: "Change structurally how we work on societal challenges",
        },
        reason: {
          nl: "u structureel anders wilt werken aan maatschappelijke opgaven",
          en: "you want to change structurally how you work on societal challenges",
        },
        scores: { "strategische-start": 3, "focus-op-partners": 1, training: 1, "impact-deep-diving": -1 },
      },
      {
        value: "beter-meten",
        label: {
          nl: "Beter meten en onderzoeken, zonder onze werkwijze om te gooien",
          en: "Measure and research better, without overhauling how we work",
        },
        reason: {
          nl: "u vooral beter wilt meten en onderzoeken, zonder uw werkwijze om te gooien",
          en: "you mainly want to measure and research better, without overhauling how you work",
        },
        scores: { "impact-deep-diving": 3, "klein-en-krachtig": 1, "strategische-start": -2, training: -1 },
      },
      {
        value: "verankeren",
        label: {
          nl: "Impactgericht denken diep verankeren in de cultuur",
          en: "Anchor impact thinking deeply in the culture",
        },
        reason: {
          nl: "u impactgericht denken diep in de cultuur wilt verankeren",
          en: "you want to anchor impact thinking deeply in the culture",
        },
        scores: { training: 3, "strategische-start": 1 },
      },
    ],
  },
  {
    key: "scope",
    question: {
      nl: "Voor welk deel van de organisatie is de aanpak bedoeld?",
      en: "Which part of the organisation is the approach meant for?",
    },
    options: [
      {
        value: "programma",
        label: { nl: "Eén programma of project", en: "One programme or project" },
        reason: {
          nl: "de aanpak voor één programma of project is",
          en: "the approach is meant for one programme or project",
        },
        scores: { "klein-en-krachtig": 2, "impact-deep-diving": 1 },
      },
      {
        value: "afdeling",
        label: { nl: "Eén afdeling of beleidsterrein", en: "One department or policy area" },
        reason: {
          nl: "de aanpak voor één afdeling of beleidsterrein is",
          en: "the approach is meant for one department or policy area",
        },
        scores: { "impact-deep-diving": 1, "focus-op-partners": 1 },
      },
      {
        value: "organisatie",
        label: { nl: "De hele organisatie", en: "The whole organisation" },
        reason: { nl: "de aanpak voor de hele organisatie is", en: "the approach is meant for the whole organisation" },
        scores: { "strategische-start": 2, training: 2, "klein-en-krachtig": -1 },
      },
    ],
  },
  {
    key: "partnerReadiness",
    question: {
      nl: "Hoe ver zijn uw uitvoeringspartners al met impactgericht werken?",
      en: "How far along are your implementing partners with impact-driven working?",
    },
    options: [
      {
        value: "ver",
        label: { nl: "De meeste werken er al mee", en: "Most already work this way" },
        reason: {
          nl: "de meeste uitvoeringspartners al impactgericht werken",
          en: "most implementing partners already work impact-driven",
        },
        // Partners who already speak the language can agree on effects and measure them with the gemeente right away.
        scores: { "strategische-start": 2, "focus-op-partners": 1 },
      },
      {
        value: "wisselend",
        label: { nl: "Dat verschilt sterk per partner", en: "It differs a lot between partners" },
        reason: {
          nl: "uw uitvoeringspartners sterk verschillen in hoe ver ze zijn",
          en: "your implementing partners differ a lot in how far along they are",
        },
        scores: { "focus-op-partners": 2 },
      },
      {
        value: "nauwelijks",
        label: { nl: "Nauwelijks, of dat weten we niet", en: "Hardly, or we do not know" },
        reason: {
          nl: "uw uitvoeringspartners nog nauwelijks impactgericht werken, of u dat niet weet",
          en: "your implementing partners hardly work impact-driven yet, or you do not know",
        },
        scores: { "klein-en-krachtig": 1, "strategische-start": -1 },
      },
    ],
  },
  {
    key: "pace",
    question: { nl: "Wanneer wilt u de eerste resultaten zien?", en: "When do you want to see the first results?" },
    options: [
      {
        value: "snel",
        label: { nl: "Binnen een paar maanden", en: "Within a few months" },
        reason: {
          nl: "u binnen een paar maanden resultaten wilt zien",
          en: "you want to see results within a few months",
        },
        // Strategy, partner capacity and culture take longer than a few months to show.
        scores: {
          "klein-en-krachtig": 2,
          "impact-deep-diving": 2,
          "strategische-start": -1,
          "focus-op-partners": -1,
          training: -1,
        },
      },
      {
        value: "binnen-jaar",
        label: { nl: "Binnen een jaar", en: "Within a year" },
        reason: { nl: "u binnen een jaar resultaten wilt zien", en: "you want to see results within a year" },
        scores: { "klein-en-krachtig": 1, "impact-deep-diving": 1 },
      },
      {
        value: "lange-termijn",
        label: { nl: "We denken aan de lange termijn", en: "We are thinking long term" },
        reason: { nl: "u aan de lange termijn denkt", en: "you are thinking long term" },
        scores: { "strategische-start": 2, training: 2, "focus-op-partners": 1 },
      },
    ],
  },
];

export function findOption(questionKey: string, value: string): IntakeOption | undefined {
  return INTAKE_QUESTIONS.find((q) => q.key === questionKey)?.options.find((o) => o.value === value);
}
