// How the activity log labels and shows the fields of an audit event's before and after. One map, looked up from
// the most specific key to the most general: "<action>.<field>", then "<entity type>.<field>", then "<field>".
// A field that is in none of them still reads well: its camelCase key becomes words and its value is shown by its
// shape (see `fieldSpec`). To give a new field its own label, add a line here and the label to messages/*.json
// under audit.fields. A new action reads by the last word of its name ("….archived" → audit.verbs.archived) until
// it has a sentence of its own under audit.sentences (and a label under audit.actions for the filter).

/** Records the log can name: each is looked up by id in the viewer's own gemeente. */
export const REF_TYPES = [
  "user",
  "membership",
  "programme",
  "partner",
  "tocElement",
  "tocLink",
  "hypothesis",
  "assumption",
  "indicator",
  "measurement",
  "study",
  "finding",
  "learningQuestion",
  "lesson",
  "page",
  "reflectionSession",
  "actionItem",
  "correction",
  "roadmapStep",
] as const;
export type RefType = (typeof REF_TYPES)[number];

/** The audit event's entity type (as the data layer writes it) as a record the log can name. */
export const ENTITY_REFS: Record<string, RefType> = {
  user: "user",
  membership: "membership",
  programme: "programme",
  partner_organisation: "partner",
  toc_element: "tocElement",
  toc_link: "tocLink",
  hypothesis: "hypothesis",
  assumption: "assumption",
  indicator: "indicator",
  measurement: "measurement",
  study: "study",
  finding: "finding",
  learning_question: "learningQuestion",
  lesson: "lesson",
  page: "page",
  reflection_session: "reflectionSession",
  action_item: "actionItem",
  course_correction: "correction",
  roadmap_step: "roadmapStep",
};

/** Formatters for values with a shape of their own; render.ts implements each. */
export type CustomFormat =
  | "tocChange"
  | "findingLinks"
  | "reports"
  | "agenda"
  | "checklist"
  | "route"
  | "locale"
  | "moveScope"
  | "exportCounts";

export type ValueKind =
  | { kind: "text" }
  /** Shortened in the line, the whole text one click away. */
  | { kind: "longText" }
  | { kind: "number" }
  /** A number in the unit of the event's indicator ("40 deelnemers"). */
  | { kind: "measure" }
  /** Euro cents, shown in euros. */
  | { kind: "money" }
  /** A calendar day, "2026-11-27". */
  | { kind: "day" }
  /** A point in time. */
  | { kind: "moment" }
  | { kind: "boolean" }
  /** One of a closed list: the label is the message `${messages}.${value}`. */
  | { kind: "enum"; messages: string }
  /** An id of a record; `empty` is the message for no record (a learning question of the whole gemeente). */
  | { kind: "ref"; to: RefType; empty?: string }
  | { kind: "refs"; to: RefType }
  /** Plain words, such as tags. */
  | { kind: "list" }
  | { kind: "custom"; format: CustomFormat }
  /** Not shown: technical or already said in the sentence. */
  | { kind: "hidden" }
  /** A field the map does not know: shown by the shape of its value. */
  | { kind: "auto" };

/** `label` is a message key; empty for a field the map does not know, whose key is then turned into words. */
export type FieldSpec = ValueKind & { label: string };

const label = (name: string) => `audit.fields.${name}`;
const text = (name: string): FieldSpec => ({ label: label(name), kind: "text" });
const longText = (name: string): FieldSpec => ({ label: label(name), kind: "longText" });
const day = (name: string): FieldSpec => ({ label: label(name), kind: "day" });
const moment = (name: string): FieldSpec => ({ label: label(name), kind: "moment" });
const number = (name: string): FieldSpec => ({ label: label(name), kind: "number" });
const choice = (name: string, messages: string): FieldSpec => ({ label: label(name), kind: "enum", messages });
const ref = (name: string, to: RefType, empty?: string): FieldSpec => ({ label: label(name), kind: "ref", to, empty });
const refs = (name: string, to: RefType): FieldSpec => ({ label: label(name), kind: "refs", to });
const custom = (name: string, format: CustomFormat): FieldSpec => ({ label: label(name), kind: "custom", format });
const HIDDEN: FieldSpec = { label: "", kind: "hidden" };
const WHOLE_GEMEENTE = "audit.values.wholeGemeente";

export const FIELDS: Record<string, FieldSpec> = {
  // Shared by many records.
  id: HIDDEN,
  organisationId: HIDDEN,
  createdAt: HIDDEN,
  updatedAt: HIDDEN,
  name: text("name"),
  title: text("title"),
  description: longText("description"),
  notes: longText("notes"),
  note: longText("note"),
  reason: longText("reason"),
  // Without messages of its own, a status reads as its value in words ("in_behandeling" → "In behandeling").
  status: choice("status", ""),
  // The number a save must match: a page shows it to its readers, elsewhere it only guards against lost edits.
  version: HIDDEN,
  programmeId: ref("programme", "programme"),
  ownerId: ref("owner", "user"),
  startDate: day("startDate"),
  endDate: day("endDate"),
  dueDate: day("dueDate"),
  findingId: ref("finding", "finding"),
  hypothesisId: ref("hypothesis", "hypothesis"),
  sessionId: ref("session", "reflectionSession"),
  archivedAt: moment("archivedAt"),
  archivedById: ref("archivedBy", "user"),
  archiveReason: longText("archiveReason"),
  withdrawnAt: moment("withdrawnAt"),
  withdrawnById: ref("withdrawnBy", "user"),
  withdrawReason: longText("withdrawReason"),

  // People and gemeente.
  role: choice("role", "roles"),
  partnerOrganisationId: ref("partnerOrganisation", "partner"),
  active: { label: label("active"), kind: "boolean" },
  locale: custom("locale", "locale"),
  emailMode: choice("emailMode", "notifications.settings.modes"),
  mfaRequired: { label: label("mfaRequired"), kind: "boolean" },

  // Route and roadmap.
  "route_decision.primaryRoute": custom("primaryRoute", "route"),
  "route_decision.secondaryRoute": custom("secondaryRoute", "route"),
  "route_decision.stepsAdded": number("stepsAdded"),
  "route_decision.stepsArchived": number("stepsArchived"),
  "roadmap_step.status": choice("status", "routes.status"),

  // Programmes and the cycle.
  "programme.kind": choice("kind", "programmes.kinds"),
  "programme.status": choice("status", "programmes.statuses"),
  "programme.societalChallenge": longText("societalChallenge"),
  "programme.route": custom("route", "route"),
  "programme.teamMemberIds": refs("team", "user"),
  "programme.partnerIds": refs("partners", "partner"),
  "programme.budgetCents": { label: label("budget"), kind: "money" },
  "programme.round": number("round"),
  "programme.phase": choice("phase", "programmes.phaseNames"),
  "programme.openItems": custom("openItems", "checklist"),
  "programme.noCorrectionReason": longText("noCorrectionReason"),

  // Theory of change.
  "toc_element.level": choice("level", "programmes.level"),
  "toc_element.description": longText("description"),

  // Hypotheses and assumptions.
  "hypothesis.activity": longText("activity"),
  "hypothesis.change": longText("change"),
  "hypothesis.targetGroup": text("targetGroup"),
  "hypothesis.mechanism": longText("mechanism"),
  "hypothesis.status": choice("status", "programmes.hypothesisStatus"),
  "hypothesis.elementIds": refs("elements", "tocElement"),
  "assumption.statement": longText("statement"),
  "assumption.tocLinkId": ref("tocLink", "tocLink"),
  "assumption.criticality": choice("criticality", "programmes.criticality"),
  "assumption.testPlan": longText("testPlan"),
  "assumption.status": choice("status", "programmes.assumptionStatus"),
  "assumption.verdict": choice("verdict", "programmes.evidence.verdicts"),

  // Indicators and measurements.
  "indicator.unit": text("unit"),
  "indicator.kind": choice("indicatorKind", "programmes.indicators.kinds"),
  "indicator.direction": choice("direction", "programmes.indicators.directions"),
  "indicator.baselineValue": { label: label("baselineValue"), kind: "measure" },
  "indicator.baselineDate": day("baselineDate"),
  "indicator.targetValue": { label: label("targetValue"), kind: "measure" },
  "indicator.targetDate": day("targetDate"),
  "indicator.minValue": { label: label("minValue"), kind: "measure" },
  "indicator.maxValue": { label: label("maxValue"), kind: "measure" },
  "indicator.source": text("source"),
  "indicator.frequency": choice("frequency", "programmes.indicators.frequencies"),
  "indicator.contribution": choice("contribution", "programmes.indicators.contributions"),
  "indicator.tocElementId": ref("effect", "tocElement"),
  "measurement.measuredOn": day("measuredOn"),
  "measurement.value": { label: label("value"), kind: "measure" },
  "measurement.indicatorId": ref("indicator", "indicator"),
  "measurement.imported.count": number("measurementCount"),
  "measurement.imported.from": day("firstMeasuredOn"),
  "measurement.imported.to": day("lastMeasuredOn"),

  // Evidence and learning.
  "course_correction.decisionLevel": choice("decisionLevel", "programmes.corrections.levels"),
  "course_correction.tocChange": custom("tocChange", "tocChange"),
  "course_correction.status": choice("status", "programmes.corrections.statuses"),
  "course_correction.note": longText("decisionNote"),
  "learning_question.question": longText("question"),
  "learning_question.whyItMatters": longText("whyItMatters"),
  "learning_question.approach": choice("approach", "learningQuestions.approaches"),
  "learning_question.programmeId": ref("programme", "programme", WHOLE_GEMEENTE),
  "learning_question.ownerId": ref("questionOwner", "user"),
  "learning_question.followUpOfId": ref("followUpOf", "learningQuestion"),
  "learning_question.status": choice("status", "learningQuestions.statuses"),
  "learning_question.answer": longText("answer"),
  "learning_question.interpretation": longText("interpretation"),
  "learning_question.answeredByStudyId": ref("answeredByStudy", "study"),
  "learning_question.answeredInRound": number("answeredInRound"),
  "learning_question.priority": number("priority"),
  "learningQuestion.moved.direction": choice("moveDirection", "audit.values.moveDirection"),
  "learningQuestion.moved.scope": custom("moveScope", "moveScope"),
  "study.researchQuestion": longText("researchQuestion"),
  "study.method": choice("method", "programmes.studies.methods"),
  "study.status": choice("status", "programmes.studies.statuses"),
  "study.summary": longText("summary"),
  "study.evidenceStrength": choice("evidenceStrength", "programmes.evidence.strength"),
  "study.reports": custom("reports", "reports"),
  "finding.description": longText("observation"),
  "finding.interpretation": longText("interpretation"),
  "finding.links": custom("links", "findingLinks"),

  // Pages, reflection and lessons.
  "page.programmeId": ref("programme", "programme", WHOLE_GEMEENTE),
  "page.version": number("version"),
  "page.restoredFromVersion": number("restoredFromVersion"),
  "page.commentId": HIDDEN,
  "reflection_session.heldOn": day("heldOn"),
  "reflection_session.participantIds": refs("participants", "user"),
  "reflection_session.guests": text("guests"),
  "reflection_session.agenda": custom("agenda", "agenda"),
  "reflection_session.planned": longText("planned"),
  "reflection_session.happened": longText("happened"),
  "reflection_session.learned": longText("learned"),
  "reflection_session.change": longText("changeNext"),
  "action_item.description": longText("actionDescription"),
  "action_item.ownerId": ref("actionOwner", "user"),
  "action_item.status": choice("status", "audit.values.actionItemStatus"),
  "action_item.newItemId": HIDDEN,
  "lesson.body": longText("lessonBody"),
  "lesson.context": longText("context"),
  "lesson.tags": { label: label("tags"), kind: "list" },
  "lesson.programmeId": ref("programme", "programme", WHOLE_GEMEENTE),
  "partner_organisation.description": longText("description"),

  // Partner reporting: its set-up (events of the partner organisation) and a partner's report.
  "reporting.indicators_assigned.indicatorIds": refs("indicators", "indicator"),
  "reporting.assignment_ended.indicatorId": ref("indicator", "indicator"),
  "reporting.periods_created.frequency": choice("reportingFrequency", "audit.values.reportingFrequency"),
  "reporting.periods_created.from": day("firstDay"),
  "reporting.periods_created.to": day("lastDay"),
  "reporting.periods_created.dueAfterDays": number("dueAfterDays"),
  startsOn: day("periodStart"),
  endsOn: day("periodEnd"),
  dueOn: day("dueOn"),
  // The period names the report in the sentence already.
  "submission.period": HIDDEN,
  "submission.status": choice("status", "audit.values.submissionStatus"),
  "submission.wentWell": longText("wentWell"),
  "submission.wentLess": longText("wentLess"),
  "submission.learned": longText("learned"),
  "submission.kind": choice("insightKind", "audit.values.insightKind"),
  "submission.body": longText("insightBody"),
  "submission.assumptionId": ref("statement", "assumption"),
  "submission.verdict": choice("verdict", "programmes.evidence.verdicts"),
  "submission.evidence": longText("evidence"),
  "submission.indicatorId": ref("indicator", "indicator"),
  "submission.measuredOn": day("measuredOn"),
  "submission.value": number("value"),
  "submission.fileName": text("fileName"),
  "submission.size": HIDDEN,
  "submission.comment": longText("reviewComment"),
  "submission.itemComments": { label: label("itemComments"), kind: "list" },
  "submission.values": number("reportedValues"),
  "submission.insights": number("reportedInsights"),

  // What the sentence already says.
  "access.refused.permission": HIDDEN,
  "access.refused.reason": HIDDEN,
  "export.downloaded.export": HIDDEN,
  "export.downloaded.format": HIDDEN,
  "export.downloaded.rows": number("rows"),
  "export.downloaded.counts": custom("records", "exportCounts"),
  // What anonymising a person removed, counted: the event holds nothing of the person.
  "user.anonymised.sessions": number("endedSessions"),
  "user.anonymised.notifications": number("removedNotifications"),
  "user.anonymised.invitations": number("removedInvitations"),
  // A key of the read API: named by its name; the start of the key is for the JSON export, not the log.
  "api_key.prefix": HIDDEN,
  "api_key.expiresAt": moment("expiresAt"),
  "api.read.resource": HIDDEN,
  "api.read.page": HIDDEN,
  "api.read.rows": number("rows"),
  "api.read.changedSince": moment("changedSince"),
};

/** The field of each kind of record that names it, for the sentence ("wijzigde indicator ‘…’"). */
export const TITLE_FIELDS: Record<string, string> = {
  route_decision: "primaryRoute",
  programme: "name",
  partner_organisation: "name",
  toc_element: "title",
  hypothesis: "activity",
  assumption: "statement",
  indicator: "name",
  course_correction: "title",
  learning_question: "question",
  study: "title",
  finding: "title",
  page: "title",
  reflection_session: "title",
  action_item: "description",
  lesson: "title",
  api_key: "name",
  submission: "period",
};

/** Words in a key that point to a kind of record, for an id field that is not in the map ("replacesMeasurementId"). */
const REF_WORDS: [string, RefType][] = [
  ["learningQuestion", "learningQuestion"],
  ["question", "learningQuestion"],
  ["partnerOrganisation", "partner"],
  ["partner", "partner"],
  ["tocElement", "tocElement"],
  ["element", "tocElement"],
  ["tocLink", "tocLink"],
  ["link", "tocLink"],
  ["actionItem", "actionItem"],
  ["item", "actionItem"],
  ["reflectionSession", "reflectionSession"],
  ["session", "reflectionSession"],
  ["correction", "correction"],
  ["programme", "programme"],
  ["hypothesis", "hypothesis"],
  ["assumption", "assumption"],
  ["indicator", "indicator"],
  ["measurement", "measurement"],
  ["study", "study"],
  ["finding", "finding"],
  ["lesson", "lesson"],
  ["page", "page"],
  ["step", "roadmapStep"],
  ["member", "user"],
  ["participant", "user"],
  ["owner", "user"],
  ["user", "user"],
  ["by", "user"],
];

/** The kind of record an unknown "…Id" or "…Ids" key points to, when its words say so. */
export function guessRefType(key: string): RefType | null {
  const stem = key.replace(/Ids?$/, "");
  if (stem === key || stem === "") return null;
  const lower = stem.toLowerCase();
  for (const [word, type] of REF_WORDS) if (lower.endsWith(word.toLowerCase())) return type;
  return null;
}

/** "reportingPeriodId" → "Reporting period", "follow_up" → "Follow up": a label for a key nobody gave one. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/Ids?$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase();
  if (!words) return key;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How to show one field of an event: from the map, or (for a field it does not know) guessed from the key. */
export function fieldSpec(action: string, entityType: string, key: string): FieldSpec {
  const known = FIELDS[`${action}.${key}`] ?? FIELDS[`${entityType}.${key}`] ?? FIELDS[key];
  if (known) return known;
  const refType = guessRefType(key);
  if (refType && /Ids$/.test(key)) return { label: "", kind: "refs", to: refType };
  if (refType) return { label: "", kind: "ref", to: refType };
  // An id of a kind of record the log cannot name says nothing to a reader.
  if (/[a-z]Ids?$/.test(key)) return HIDDEN;
  return { label: "", kind: "auto" };
}
