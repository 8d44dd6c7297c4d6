// Which messages the client components of each part of the app use. A nested provider replaces its parent's
// messages, so every list includes what the parts around it need. Add a namespace here when a client component in
// that part starts using it.
// Validation messages are translated on the server; the browser needs only the few that a form checks itself before
// sending (a file too large), listed with the part that has that form.
const BASE = ["common", "forms"] as const;
// The root layout's: every page gets these, so they leave out the texts of editing (version
// conflicts, drafts, the text editor), which the parts that edit add with BASE (lib/client-bundle.test.ts checks that
// no page with only these shows such a form).
const APP = ["common", "forms.optional", "forms.errorPrefix", "forms.errorSummaryTitle"] as const;
const PROGRAMME = [...BASE, "programmes.form", "programmes.kinds", "programmes.statuses", "programmes.cycle"] as const;

export const CLIENT_NAMESPACES = {
  app: APP,
  auth: [...BASE, "login"],
  admin: [...BASE, "admin", "roles"],
  account: [...BASE, "account"],
  routes: [...BASE, "routes"],
  learningQuestions: [...BASE, "learningQuestions"],
  pages: [...BASE, "pages"],
  lessons: [...BASE, "lessons", "pages.form", "pages.markdown"],
  programmes: PROGRAMME,
  theory: [...PROGRAMME, "programmes.theory", "programmes.level"],
  hypotheses: [...PROGRAMME, "programmes.hypotheses", "programmes.hypothesisStatus"],
  assumptions: [...PROGRAMME, "programmes.assumptions", "programmes.assumptionStatus", "programmes.criticality"],
  indicators: [...PROGRAMME, "programmes.indicators", "validation.fileTooLarge", "validation.pasteTooLarge"],
  studies: [
    ...PROGRAMME,
    "programmes.studies",
    "programmes.findings",
    "programmes.evidence",
    "programmes.assumptionStatus",
  ],
  corrections: [...PROGRAMME, "programmes.corrections", "programmes.level", "lessons.correction"],
  reflections: [...PROGRAMME, "reflections", "lessons", "pages.form", "pages.markdown"],
  programmeQuestions: [...PROGRAMME, "learningQuestions"],
  programmePages: [...PROGRAMME, "pages"],
  reportingManage: [...PROGRAMME, "reportingManage.forms"],
  partnerReport: [...PROGRAMME, "partnerReport", "programmes.evidence.verdicts", "validation.documentTooLarge"],
  opgaven: [...BASE, "opgaven"],
  subsidies: [...BASE, "subsidies"],
  training: [...BASE, "training"],
} as const;
