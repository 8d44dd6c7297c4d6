// Routes 3 and 5 as working tools: the kinds of learning track, whom a track is for, and the built-in library of
// modules on the core principles Impactkoers itself uses. The texts of the modules are in messages (training.modules).

export const TRACK_KINDS = ["pilottraject", "basistraining", "partnerworkshops", "coachingstraject"] as const;
export type TrackKind = (typeof TRACK_KINDS)[number];

export const TARGET_GROUPS = ["alle_medewerkers", "teams", "partners"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const SCAN_MOMENTS = ["begin", "tussendoor", "eind"] as const;
export type ScanMoment = (typeof SCAN_MOMENTS)[number];

export const MODULE_KEYS = ["verandertheorie", "aannames", "indicatoren", "cyclus", "leervragen", "bijsturen"] as const;
export type ModuleKey = (typeof MODULE_KEYS)[number];

export function isModuleKey(value: string): value is ModuleKey {
  return (MODULE_KEYS as readonly string[]).includes(value);
}

/**
 * Per module: how many learning goals its texts have, the part of the participant's own programme the exercise
 * opens (after /programmes/<id>), and where in the app its materials are.
 */
export const MODULE_LIBRARY: Record<
  ModuleKey,
  { goals: number; exercisePath: string; materials: readonly { key: string; href: string }[] }
> = {
  verandertheorie: {
    goals: 3,
    exercisePath: "/theory",
    materials: [
      { key: "route", href: "/routes/klein-en-krachtig" },
      { key: "lessons", href: "/lessons" },
    ],
  },
  aannames: { goals: 3, exercisePath: "/assumptions", materials: [{ key: "pages", href: "/pages" }] },
  indicatoren: { goals: 3, exercisePath: "/indicators", materials: [{ key: "dashboard", href: "/dashboard" }] },
  cyclus: { goals: 3, exercisePath: "", materials: [{ key: "routes", href: "/routes/compare" }] },
  leervragen: {
    goals: 3,
    exercisePath: "/learning-questions",
    materials: [{ key: "questions", href: "/learning-questions" }],
  },
  bijsturen: { goals: 3, exercisePath: "/corrections", materials: [{ key: "lessons", href: "/lessons" }] },
};

/** The chosen modules in library order, each once; unknown keys are dropped. */
export function orderModules(keys: readonly string[]): ModuleKey[] {
  const chosen = new Set(keys);
  return MODULE_KEYS.filter((key) => chosen.has(key));
}

/** The trainer's judgement of one learning goal at the end of a track. */
export const GOAL_JUDGEMENTS = ["bereikt", "deels", "niet"] as const;
export type GoalJudgement = (typeof GOAL_JUDGEMENTS)[number];

/** The three short reflection prompts a participant answers after a session and at the end of a track. */
export const REFLECTION_PROMPTS = ["applied", "hard", "needs"] as const;
export type ReflectionPrompt = (typeof REFLECTION_PROMPTS)[number];
