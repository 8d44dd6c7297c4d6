// Turns intake answers into advice: every route scored, the reasons for and against, and a tie or combination when fitting.
import { findOption, INTAKE_QUESTIONS, type IntakeAnswers } from "./intake";
import { getRoute, type LocalText, ROUTE_KEYS, type RouteKey } from "./scenarios";

export type Reason = { questionKey: string; answer: string; weight: number; text: LocalText };
export type RouteAdvice = { route: RouteKey; score: number; reasons: Reason[]; against: Reason[] };
export type Recommendation = {
  /** All five routes, best first; equal scores keep the order of ROUTE_KEYS. */
  ranking: RouteAdvice[];
  tie: { routes: RouteKey[]; explanation: LocalText } | null;
  combination: { routes: [RouteKey, RouteKey]; explanation: LocalText } | null;
};

/** A route this many points or fewer behind the best one is close enough to suggest doing both. */
export const COMBINATION_MARGIN = 2;

type Pair = { routes: [RouteKey, RouteKey]; explanation: LocalText };

// Only pairs where one route supplies what the other lacks; two routes that compete for the same means are not listed.
const COMPLEMENTS: readonly Pair[] = [
  {
    routes: ["klein-en-krachtig", "training"],
    explanation: {
      nl: "Begin klein met één pilotprogramma en train onderweg het team dat eraan werkt. Zo leert u in de praktijk, en groeit de kennis in de organisatie mee.",
      en: "Start small with one pilot programme and train the team working on it along the way. You learn in practice, and knowledge in the organisation grows with it.",
    },
  },
  {
    routes: ["klein-en-krachtig", "impact-deep-diving"],
    explanation: {
      nl: "Gebruik de pilot om een of twee urgente leervragen te beantwoorden. Dan levert het eerste impactonderzoek meteen antwoorden op die de organisatie nodig heeft.",
      en: "Use the pilot to answer one or two urgent learning questions. Then the first impact study straight away gives answers the organisation needs.",
    },
  },
  {
    routes: ["strategische-start", "focus-op-partners"],
    explanation: {
      nl: "Leg strategie en subsidiekaders samen met partners vast, en investeer tegelijk in de uitvoeringspartners zelf. Dan kunnen zij de afgesproken effecten ook echt waarmaken en volgen.",
      en: "Set the strategy and subsidy frameworks together with partners, and invest in the implementing partners themselves at the same time. Then they can really deliver and track the agreed effects.",
    },
  },
  {
    routes: ["focus-op-partners", "training"],
    explanation: {
      nl: "Train uw eigen medewerkers en uw uitvoeringspartners in dezelfde taal en dezelfde modellen. Dan praten beleid en praktijk op dezelfde manier over impact.",
      en: "Train your own staff and your implementing partners in the same language and the same models. Then policy and practice talk about impact in the same way.",
    },
  },
  {
    routes: ["impact-deep-diving", "training"],
    explanation: {
      nl: "Beantwoord leervragen en gebruik ze als oefenstof in de training. Zo leren medewerkers de modellen toepassen op vragen die er echt toe doen.",
      en: "Answer learning questions and use them as practice material in the training. Staff then learn to apply the models to questions that really matter.",
    },
  },
];

// Completes "Kies X als …" / "Choose X if …": what tips the balance towards each route when two score the same.
const CHOOSE_WHEN: Record<RouteKey, LocalText> = {
  "klein-en-krachtig": {
    nl: "u eerst met één programma wilt laten zien wat impactgericht werken oplevert",
    en: "you first want to show with one programme what impact-driven working brings",
  },
  "strategische-start": {
    nl: "u binnenkort een strategie, beleidskader of subsidieronde opnieuw vormgeeft",
    en: "you will soon reshape a strategy, policy framework or subsidy round",
  },
  "focus-op-partners": {
    nl: "uw partners het meeste werk doen en u tijd en geld hebt om hen mee te nemen",
    en: "your partners do most of the work and you have the time and money to bring them along",
  },
  "impact-deep-diving": {
    nl: "u vooral snel antwoord wilt op concrete leervragen",
    en: "you mainly want quick answers to concrete learning questions",
  },
  training: {
    nl: "het management ruimte maakt om medewerkers te trainen en u op lange termijn denkt",
    en: "management makes room to train staff and you are thinking long term",
  },
};

function listNames(routes: RouteKey[], locale: "nl" | "en"): string {
  const names = routes.map((key) => getRoute(key).name[locale]);
  const last = names.pop() ?? "";
  return names.length ? `${names.join(", ")} ${locale === "nl" ? "en" : "and"} ${last}` : last;
}

function tieExplanation(routes: RouteKey[], combinable: boolean): LocalText {
  const choose = (locale: "nl" | "en") =>
    routes
      .map(
        (key) =>
          `${locale === "nl" ? "kies" : "choose"} ${getRoute(key).name[locale]} ${locale === "nl" ? "als" : "if"} ${CHOOSE_WHEN[key][locale]}`,
      )
      .join("; ");
  return {
    nl: `${listNames(routes, "nl")} passen even goed bij uw antwoorden. Weeg af wat voor u nu het zwaarst telt: ${choose("nl")}.${combinable ? " U kunt de routes ook bewust combineren." : ""}`,
    en: `${listNames(routes, "en")} fit your answers equally well. Weigh what matters most to you now: ${choose("en")}.${combinable ? " You can also deliberately combine the routes." : ""}`,
  };
}

function complementOf(a: RouteKey, b: RouteKey): Pair | undefined {
  return COMPLEMENTS.find(({ routes: [x, y] }) => (x === a && y === b) || (x === b && y === a));
}

export function recommend(answers: IntakeAnswers): Recommendation {
  const advice = new Map<RouteKey, RouteAdvice>(
    ROUTE_KEYS.map((route) => [route, { route, score: 0, reasons: [], against: [] }]),
  );
  // Walking the questions rather than the answers drops unknown keys and keeps reasons of equal weight in question order.
  for (const question of INTAKE_QUESTIONS) {
    const answer = answers[question.key];
    const option = answer === undefined ? undefined : findOption(question.key, answer);
    if (!option) continue;
    for (const [route, weight] of Object.entries(option.scores) as [RouteKey, number][]) {
      const entry = advice.get(route);
      if (!entry || weight === 0) continue;
      entry.score += weight;
      const reason: Reason = { questionKey: question.key, answer: option.value, weight, text: option.reason };
      (weight > 0 ? entry.reasons : entry.against).push(reason);
    }
  }

  const ranking = [...advice.values()].sort((a, b) => b.score - a.score);
  for (const entry of ranking) {
    entry.reasons.sort((a, b) => b.weight - a.weight);
    entry.against.sort((a, b) => a.weight - b.weight);
  }

  const best = ranking[0];
  // Without a positive score nothing was said in favour of any route, so there is nothing to weigh or combine.
  if (!best || best.score <= 0) return { ranking, tie: null, combination: null };

  // The closest route that complements the best one; a closer route that does not complement it is skipped.
  let combination: Recommendation["combination"] = null;
  for (const other of ranking.slice(1)) {
    if (other.score <= 0 || best.score - other.score > COMBINATION_MARGIN) break;
    const pair = complementOf(best.route, other.route);
    if (pair) {
      combination = { routes: [best.route, other.route], explanation: pair.explanation };
      break;
    }
  }

  const tied = ranking.filter((entry) => entry.score === best.score).map((entry) => entry.route);
  const combinable = combination !== null && tied.includes(combination.routes[1]);
  const tie = tied.length > 1 ? { routes: tied, explanation: tieExplanation(tied, combinable) } : null;

  return { ranking, tie, combination };
}
