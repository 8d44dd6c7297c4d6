// The five routes a gemeente can take to start working impact-driven, as data in Dutch and English.

export const ROUTE_KEYS = [
  "klein-en-krachtig",
  "strategische-start",
  "focus-op-partners",
  "impact-deep-diving",
  "training",
] as const;
export type RouteKey = (typeof ROUTE_KEYS)[number];

export type LocalText = { nl: string; en: string };

/** Where in Impactkoers the work of a step happens. */
export type WorkArea =
  | "programmes"
  | "partners"
  | "learningQuestions"
  | "training"
  | "trainingModules"
  | "trainingResults"
  | "opgaven"
  | "strategicSessions"
  | "changePlans"
  | "subsidies";

export type RouteStep = { key: string; title: LocalText; explanation: LocalText; workArea: WorkArea | null };

export type Route = {
  key: RouteKey;
  number: 1 | 2 | 3 | 4 | 5;
  name: LocalText;
  /** One line. */
  idea: LocalText;
  /** Two or three sentences, for the side-by-side comparison. */
  approach: LocalText;
  steps: RouteStep[];
  opportunities: LocalText[];
  risks: LocalText[];
  suits: LocalText[];
  firstStep: RouteStep;
};

/** The routes restate this article in our own words; it is credited, never quoted. */
export const SOURCE_CREDIT: { title: string; authors: string; publisher: string } = {
  title: "Vijf scenario's voor impactgericht werken als gemeente",
  authors: "S. Eekman & T. Biekram",
  publisher: "Grant Thornton",
};

type StepText = Omit<RouteStep, "key">;

// Step keys are stored on the roadmap, so they derive from the route and the position and never from the wording.
function numbered(route: RouteKey, steps: StepText[]): RouteStep[] {
  return steps.map((step, index) => ({ key: `${route}.${index + 1}`, ...step }));
}

function firstStep(route: RouteKey, step: StepText): RouteStep {
  return { key: `${route}.eerste-stap`, ...step };
}

const smallAndPowerful: Route = {
  key: "klein-en-krachtig",
  number: 1,
  name: { nl: "Klein en krachtig beginnen", en: "Start small and powerful" },
  idea: {
    nl: "Probeer de hele impactmanagementcyclus eerst uit op één afgebakend programma.",
    en: "Try out the whole impact-management cycle on one bounded programme first.",
  },
  approach: {
    nl: "U kiest één programma of project en beschrijft welke impact het moet hebben en op welke aannames dat rust. Daarna doet u één afgebakend impactonderzoek. Wat u leert, gebruikt u om bij te sturen en om impactgericht werken verder uit te bouwen.",
    en: "You choose one programme or project and describe the impact it should have and the assumptions behind it. Then you carry out one bounded impact study. You use what you learn to adjust course and to build impact-driven working further.",
  },
  steps: numbered("klein-en-krachtig", [
    {
      title: {
        nl: "Beschrijf de beoogde impact en de aannames",
        en: "Describe the intended impact and its assumptions",
      },
      explanation: {
        nl: "Schrijf op welke verandering het programma voor inwoners moet brengen. Maak in een verandertheorie zichtbaar op welke aannames dat rust. Dat is de leidraad voor het onderzoek.",
        en: "Write down what change the programme should bring for residents. Use a theory of change to show which assumptions it rests on. That guides the study.",
      },
      workArea: "programmes",
    },
    {
      title: { nl: "Doe een eerste, afgebakend impactonderzoek", en: "Carry out a first, bounded impact study" },
      explanation: {
        nl: "Kies de aannames die het meest kritiek zijn en onderzoek die. Houd het onderzoek klein en haalbaar, met een duidelijk begin en einde.",
        en: "Choose the most critical assumptions and study them. Keep the study small and feasible, with a clear start and end.",
      },
      workArea: "programmes",
    },
    {
      title: { nl: "Leer van de uitkomsten en stuur bij", en: "Learn from the results and adjust course" },
      explanation: {
        nl: "Bespreek de bevindingen met het team. Leg vast wat u verandert aan het programma of de strategie, en waarom.",
        en: "Discuss the findings with the team. Record what you change in the programme or the strategy, and why.",
      },
      workArea: "programmes",
    },
  ]),
  opportunities: [
    {
      nl: "Het risico is klein, omdat u op kleine schaal begint.",
      en: "The risk is small, because you start at a small scale.",
    },
    {
      nl: "Wat u leert, is een stevige basis om later op te schalen.",
      en: "What you learn gives you a firm base to scale up later.",
    },
  ],
  risks: [
    {
      nl: "Wat u in één programma leert, is niet altijd bruikbaar voor ander werk.",
      en: "What you learn in one programme does not always apply to other work.",
    },
    {
      nl: "Andere programma's doen misschien niet mee en blijven buiten beeld.",
      en: "Other programmes may not take part and stay out of sight.",
    },
  ],
  suits: [
    {
      nl: "Gemeenten waar nog niet iedereen de waarde van impactgericht werken ziet, en waar een goed voorbeeld helpt.",
      en: "Municipalities where not everyone sees the value of impact-driven working yet, and where a good example helps.",
    },
    { nl: "Gemeenten met weinig tijd en geld.", en: "Municipalities with little time and money." },
  ],
  firstStep: firstStep("klein-en-krachtig", {
    title: {
      nl: "Kies één afgebakend programma als pilot",
      en: "Choose one bounded programme as a pilot",
    },
    explanation: {
      nl: "Zoek een programma of project met een duidelijke kans op positieve impact voor inwoners. Maak er een pilot van: spreek af wie meedoet en hoe lang de pilot duurt.",
      en: "Look for a programme or project with a clear chance of positive impact for residents. Turn it into a pilot: agree who takes part and how long it runs.",
    },
    workArea: "programmes",
  }),
};

const strategicStart: Route = {
  key: "strategische-start",
  number: 2,
  name: { nl: "Strategische start", en: "Strategic start" },
  idea: {
    nl: "Verander stap voor stap hoe u aan maatschappelijke opgaven werkt, vanuit de strategie en samen met partners.",
    en: "Change step by step how you work on societal challenges, starting from strategy and together with partners.",
  },
  approach: {
    nl: "U brengt de maatschappelijke opgaven in kaart en kiest waar u op inzet. Samen met partners bepaalt u welke oplossingen kansrijk zijn en legt u in gewone taal vast hoe de verandering er komt. Subsidiekaders en metingen richt u op de effecten die u samen afspreekt.",
    en: "You map the societal challenges and choose where to focus. Together with partners you decide which solutions are promising and record in plain language how the change will happen. You aim subsidy frameworks and measurements at the effects you agree on together.",
  },
  steps: numbered("strategische-start", [
    {
      title: { nl: "Breng de opgaven in kaart en kies een focus", en: "Map the challenges and choose a focus" },
      explanation: {
        nl: "Zet op een rij welke maatschappelijke opgaven in uw gemeente spelen. Kies er een paar waar u de komende jaren op inzet.",
        en: "List the societal challenges in your municipality. Choose a few to work on in the coming years.",
      },
      workArea: "opgaven",
    },
    {
      title: { nl: "Zoek samen met partners naar oplossingen", en: "Look for solutions together with partners" },
      explanation: {
        nl: "Bespreek met partners welke oplossingen en veranderstrategieën er zijn voor de gekozen opgaven. Gebruik hun kennis van de praktijk.",
        en: "Discuss with partners which solutions and change strategies exist for the chosen challenges. Use their knowledge of practice.",
      },
      workArea: "strategicSessions",
    },
    {
      title: { nl: "Maak concreet hoe de verandering er komt", en: "Make concrete how the change will happen" },
      explanation: {
        nl: "Beschrijf in een verandertheorie wat u de komende jaren doet en welk effect u verwacht. Schrijf kort en in gewone taal, zonder lange beleidsteksten.",
        en: "Describe in a theory of change what you will do in the coming years and which effect you expect. Write briefly and plainly, without long policy documents.",
      },
      workArea: "changePlans",
    },
    {
      title: { nl: "Richt subsidiekaders op afgesproken effecten", en: "Aim subsidy frameworks at agreed effects" },
      explanation: {
        nl: "Maak subsidiekaders waarin aanvragen en toekenningen draaien om de effecten die u met partners hebt afgesproken.",
        en: "Create subsidy frameworks in which applications and grants revolve around the effects you agreed on with partners.",
      },
      workArea: "subsidies",
    },
    {
      title: {
        nl: "Meet en volg de resultaten samen met partners",
        en: "Measure and track results together with partners",
      },
      explanation: {
        nl: "Volg samen met partners de directe resultaten en de impact. Bespreek de uitkomsten geregeld en stuur bij waar dat nodig is.",
        en: "Track the direct results and the impact together with partners. Discuss the outcomes regularly and adjust course where needed.",
      },
      workArea: "programmes",
    },
  ]),
  opportunities: [
    { nl: "U gaat nauwer samenwerken met partners.", en: "You work more closely with partners." },
    {
      nl: "Impactmanagement komt hoger op de agenda.",
      en: "Impact management moves up the agenda.",
    },
  ],
  risks: [
    {
      nl: "De aanpak kan te veel van bovenaf komen.",
      en: "The approach may come too much from the top down.",
    },
    {
      nl: "De route moet goed aansluiten op de werkwijze die er al is. Anders blijft het een los plan.",
      en: "The route must fit well with the way of working already in place. Otherwise it stays a separate plan.",
    },
  ],
  suits: [
    {
      nl: "Gemeenten die hun aanpak van maatschappelijke opgaven blijvend willen vernieuwen.",
      en: "Municipalities that want to renew their approach to societal challenges for good.",
    },
    {
      nl: "Gemeenten waar binnenkort een nieuwe strategie, nieuwe beleidskaders of een nieuwe subsidieronde op de agenda staan.",
      en: "Municipalities with a new strategy, new policy frameworks or a new subsidy round coming up soon.",
    },
  ],
  firstStep: firstStep("strategische-start", {
    title: {
      nl: "Organiseer een strategische sessie met sleutelpartners",
      en: "Hold a strategic session with key partners",
    },
    explanation: {
      nl: "Nodig uw belangrijkste partners uit. Bespreek samen welke maatschappelijke opgaven het zwaarst wegen en zet ze op volgorde. Zo'n sessie is ook een kans om elkaar beter te leren kennen.",
      en: "Invite your most important partners. Discuss together which societal challenges weigh most heavily and put them in order. Such a session is also a chance to get to know each other better.",
    },
    workArea: "strategicSessions",
  }),
};

const focusOnPartners: Route = {
  key: "focus-op-partners",
  number: 3,
  name: { nl: "Focus op partners", en: "Focus on partners" },
  idea: {
    nl: "Begin bij de uitvoeringspartners: hun werk is wat inwoners elke dag van het beleid merken.",
    en: "Begin with the implementing partners: their work is what residents notice of the policy every day.",
  },
  approach: {
    nl: "U betrekt de uitvoeringspartners bij impactmanagement en traint hen daarin. Zo komen verbeteringen en vernieuwingen uit de praktijk. Met wat partners zien en leren, bepaalt u samen welke impact u bereikt en stuurt u bij.",
    en: "You involve the implementing partners in impact management and train them in it. That way improvements and new ideas come from practice. With what partners see and learn, you jointly determine the impact you achieve and adjust course.",
  },
  steps: numbered("focus-op-partners", [
    {
      title: {
        nl: "Betrek uitvoeringspartners bij impactmanagement",
        en: "Involve implementing partners in impact management",
      },
      explanation: {
        nl: "Nodig de uitvoeringspartners uit om mee te doen in de impactmanagementcyclus. Spreek samen af welke effecten u nastreeft.",
        en: "Invite the implementing partners to take part in the impact-management cycle. Agree together which effects you aim for.",
      },
      workArea: "partners",
    },
    {
      title: { nl: "Train partners in impactgericht werken", en: "Train partners in impact-driven working" },
      explanation: {
        nl: "Geef partners training en begeleiding, zodat zij zelf hun impact kunnen volgen. Dan kunnen zij in hun eigen werk verbeteren en vernieuwen.",
        en: "Give partners training and support so they can follow their own impact. Then they can improve and innovate in their own work.",
      },
      workArea: "training",
    },
    {
      title: { nl: "Leer van wat partners zien en stuur bij", en: "Learn from what partners see and adjust course" },
      explanation: {
        nl: "Verzamel de inzichten van partners over de impact die u samen bereikt. Bespreek ze en leg vast wat u daarom anders gaat doen.",
        en: "Gather the partners' insights into the impact you achieve together. Discuss them and record what you will do differently as a result.",
      },
      workArea: "programmes",
    },
  ]),
  opportunities: [
    {
      nl: "Partners voelen zich meer eigenaar van de impact die u samen wilt bereiken.",
      en: "Partners feel more ownership of the impact you want to achieve together.",
    },
    {
      nl: "Beleidsmakers en uitvoerders leren elkaars werk beter kennen.",
      en: "Policy makers and the people doing the work get to know each other's work better.",
    },
  ],
  risks: [
    {
      nl: "Partners verschillen in hoe ver ze zijn. Hen allemaal op hetzelfde niveau brengen kost veel tijd en geld.",
      en: "Partners differ in how far along they are. Getting them all to the same level costs a lot of time and money.",
    },
  ],
  suits: [
    {
      nl: "Gemeenten die veel van hun werk via uitvoeringspartners laten lopen.",
      en: "Municipalities where much of the work runs through implementing partners.",
    },
    {
      nl: "Gemeenten waar de eigen organisatie al overtuigd is van het nut van impactgericht werken.",
      en: "Municipalities whose own organisation is already convinced of the use of impact-driven working.",
    },
  ],
  firstStep: firstStep("focus-op-partners", {
    title: { nl: "Organiseer workshops met uitvoerende teams", en: "Run workshops with implementing teams" },
    explanation: {
      nl: "Houd workshops over impactgericht werken met de teams van uw uitvoeringspartners. Zo maken zij er op een makkelijke manier kennis mee en krijgen ze zin om mee te doen.",
      en: "Hold workshops on impact-driven working with the teams of your implementing partners. This gives them an easy introduction and makes them want to take part.",
    },
    workArea: "training",
  }),
};

const impactDeepDiving: Route = {
  key: "impact-deep-diving",
  number: 4,
  name: { nl: "Impact deep diving", en: "Impact deep diving" },
  idea: {
    nl: "Beantwoord de leervragen die in uw organisatie leven, één voor één en met onderzoek.",
    en: "Answer the learning questions that live in your organisation, one by one and through research.",
  },
  approach: {
    nl: "U verzamelt de leervragen in de organisatie en kiest welke het eerst aan de beurt is. Per leervraag kiest u een passende aanpak: empirisch onderzoek, literatuur of gesprekken. U bespreekt de antwoorden, geeft er samen duiding aan en gaat dan verder met de volgende vraag.",
    en: "You collect the learning questions in the organisation and choose which comes first. For each learning question you pick a fitting approach: empirical research, literature or conversations. You discuss the answers, interpret them together and then move on to the next question.",
  },
  steps: numbered("impact-deep-diving", [
    {
      title: { nl: "Verzamel de leervragen en zet ze op volgorde", en: "Collect the learning questions and rank them" },
      explanation: {
        nl: "Vraag teams welke vragen zij hebben over de impact van hun werk. Zet de leervragen op volgorde van belang en urgentie.",
        en: "Ask teams which questions they have about the impact of their work. Rank the learning questions by importance and urgency.",
      },
      workArea: "learningQuestions",
    },
    {
      title: { nl: "Kies per leervraag een aanpak", en: "Choose an approach for each learning question" },
      explanation: {
        nl: "Bepaal per vraag hoeveel onderzoek nodig is. Een grote vraag vraagt om empirisch onderzoek. Voor een kleinere vraag zijn literatuur of gesprekken met inwoners of deskundigen vaak genoeg.",
        en: "Decide for each question how much research it needs. A big question calls for empirical research. For a smaller one, literature or conversations with residents or experts are often enough.",
      },
      workArea: "learningQuestions",
    },
    {
      title: { nl: "Verdeel de taken en ga aan de slag", en: "Divide the tasks and get started" },
      explanation: {
        nl: "Spreek af wie welke leervraag oppakt en wanneer het antwoord er moet zijn. Begin daarna met het onderzoek.",
        en: "Agree who takes on which learning question and when the answer is due. Then start the research.",
      },
      workArea: "learningQuestions",
    },
    {
      title: { nl: "Bespreek de antwoorden en geef er duiding aan", en: "Discuss the answers and interpret them" },
      explanation: {
        nl: "Bespreek de antwoorden met de mensen die ermee verder moeten. Bepaal samen wat de antwoorden betekenen voor uw werk.",
        en: "Discuss the answers with the people who need to act on them. Decide together what the answers mean for your work.",
      },
      workArea: "learningQuestions",
    },
    {
      title: { nl: "Kies een nieuwe leervraag", en: "Choose a new learning question" },
      explanation: {
        nl: "Kies de volgende leervraag, of een vervolgvraag die uit de antwoorden komt. Zo blijft het leren doorgaan.",
        en: "Choose the next learning question, or a follow-up question that comes out of the answers. This keeps the learning going.",
      },
      workArea: "learningQuestions",
    },
  ]),
  opportunities: [
    {
      nl: "De impact van uw werk krijgt een stevige onderbouwing.",
      en: "The impact of your work gets a solid foundation of evidence.",
    },
    {
      nl: "Als de (politieke) vraag verandert, kiest u eenvoudig een andere leervraag.",
      en: "When (political) demands change, you simply pick another learning question.",
    },
  ],
  risks: [
    { nl: "Misschien doet maar een kleine groep mensen mee.", en: "Perhaps only a small group of people takes part." },
    {
      nl: "De manier van denken in de rest van de organisatie verandert er minder door.",
      en: "It does less to change the way of thinking in the rest of the organisation.",
    },
  ],
  suits: [
    {
      nl: "Gemeenten die beter willen worden in meten, onderzoeken en evalueren, maar hun manier van werken willen houden.",
      en: "Municipalities that want to get better at measuring, researching and evaluating, while keeping their way of working.",
    },
    {
      nl: "Gemeenten waar al concrete leervragen over impact leven.",
      en: "Municipalities where concrete learning questions about impact are already alive.",
    },
  ],
  firstStep: firstStep("impact-deep-diving", {
    title: {
      nl: "Maak een lijst van leervragen en kies de meest urgente",
      en: "List the learning questions and pick the most urgent",
    },
    explanation: {
      nl: "Vraag in de organisatie rond welke leervragen er leven en schrijf ze op. Kies de vraag die de meeste haast heeft en plan wanneer het antwoord er moet zijn.",
      en: "Ask around the organisation which learning questions people have and write them down. Choose the most pressing one and plan when its answer is due.",
    },
    workArea: "learningQuestions",
  }),
};

const training: Route = {
  key: "training",
  number: 5,
  name: { nl: "Training", en: "Training" },
  idea: {
    nl: "Geef medewerkers een gedeelde taal en de belangrijkste modellen van impactgericht werken, zodat het wortel schiet in de cultuur.",
    en: "Give staff a shared vocabulary and the key models of impact-driven working, so that it takes root in the culture.",
  },
  approach: {
    nl: "U bepaalt wie u traint en wat zij moeten leren. Een basistraining legt de kern uit, en coaching helpt om het in het eigen werk toe te passen. Door samen terug te kijken, wordt de nieuwe manier van werken gewoon.",
    en: "You decide whom to train and what they should learn. A basic training explains the core, and coaching helps people apply it in their own work. By looking back together, the new way of working becomes normal.",
  },
  steps: numbered("training", [
    {
      title: {
        nl: "Bepaal wie u traint en wat de leerdoelen zijn",
        en: "Decide whom to train and set the learning goals",
      },
      explanation: {
        nl: "Kies of u alle medewerkers traint of eerst bepaalde teams. Leg concreet vast wat zij na de training moeten kunnen.",
        en: "Choose whether to train all staff or certain teams first. Record concretely what they should be able to do after the training.",
      },
      workArea: "training",
    },
    {
      title: { nl: "Ontwikkel een basistraining", en: "Develop a basic training" },
      explanation: {
        nl: "Maak een training over de kern van impactgericht werken, zoals de verandertheorie en de impactmanagementcyclus.",
        en: "Create a training on the core of impact-driven working, such as the theory of change and the impact-management cycle.",
      },
      workArea: "trainingModules",
    },
    {
      title: { nl: "Bied coaching en hulp in de praktijk", en: "Offer coaching and practical support" },
      explanation: {
        nl: "Zorg voor coaching en praktische hulp, zodat deelnemers het geleerde meteen in hun eigen werk gebruiken.",
        en: "Provide coaching and practical help, so participants use what they learned in their own work right away.",
      },
      workArea: "training",
    },
    {
      title: { nl: "Kijk samen terug op wat u leert", en: "Look back together on what you learn" },
      explanation: {
        nl: "Houd reflectiesessies over de ervaringen. Leg geleerde lessen vast, zodat ze deel worden van de gewone manier van werken.",
        en: "Hold reflection sessions on the experiences. Record lessons learned, so they become part of the usual way of working.",
      },
      workArea: "trainingResults",
    },
  ]),
  opportunities: [
    {
      nl: "Medewerkers krijgen een gedeeld beeld van impact, en de cultuur verandert mee.",
      en: "Staff gain a shared understanding of impact, and the culture changes with it.",
    },
    {
      nl: "Medewerkers gebruiken het denken in impact in veel van hun werk. Zo worden besluiten en resultaten beter.",
      en: "Staff use impact thinking in much of their work. That way decisions and results improve.",
    },
  ],
  risks: [
    { nl: "Deelnemers moeten er veel tijd in steken.", en: "Participants have to invest a lot of time." },
    {
      nl: "Het tempo past niet bij iedereen: de een wil sneller, de ander heeft meer tijd nodig.",
      en: "The pace does not suit everyone: some want to go faster, others need more time.",
    },
  ],
  suits: [
    {
      nl: "Gemeenten die impactgericht werken een blijvende plek willen geven in hoe iedereen werkt.",
      en: "Municipalities that want impact-driven working to become a lasting part of how everyone works.",
    },
    {
      nl: "Gemeenten waar het management achter training en ontwikkeling staat en er tijd en geld voor vrijmaakt.",
      en: "Municipalities where management stands behind training and development and frees up time and money for it.",
    },
  ],
  firstStep: firstStep("training", {
    title: {
      nl: "Start een pilottraining met een klein, gemotiveerd team",
      en: "Start a pilot training with a small, motivated team",
    },
    explanation: {
      nl: "Begin met één team dat zin heeft om te leren. Gebruik hun ervaringen om de training te verbeteren voordat u breder gaat.",
      en: "Begin with one team that is keen to learn. Use their experience to improve the training before you widen it.",
    },
    workArea: "training",
  }),
};

export const ROUTES: readonly Route[] = [smallAndPowerful, strategicStart, focusOnPartners, impactDeepDiving, training];

const BY_KEY = new Map<RouteKey, Route>(ROUTES.map((route) => [route.key, route]));

export function isRouteKey(value: unknown): value is RouteKey {
  return typeof value === "string" && (ROUTE_KEYS as readonly string[]).includes(value);
}

export function getRoute(key: RouteKey): Route {
  const route = BY_KEY.get(key);
  // Only reachable when a caller casts an unchecked string to RouteKey; failing loudly beats rendering nothing.
  if (!route) throw new Error(`Unknown route: ${key}`);
  return route;
}

export function localise(text: LocalText, locale: "nl" | "en"): string {
  return text[locale];
}
