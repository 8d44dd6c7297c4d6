// An audit event as people read it: one sentence ("Joost van Dijk wijzigde indicator ‘Deelnemers’") and a line per
// changed field ("Streefwaarde: 30 → 40 deelnemers"). Records are named, not numbered: the caller looks up every id
// the events refer to (`collectRefs`) in the viewer's own gemeente and hands the names in. Pure: no database, no React.
import { LANGUAGE_NAMES, type Locale } from "../domain/constants";
import { stepByKey } from "../domain/roadmap";
import { getRoute, isRouteKey, localise } from "../domain/scenarios";
import { TIME_ZONE } from "../domain/time";
import { INTL_LOCALE } from "../i18n/settings";
import {
  ENTITY_REFS,
  type FieldSpec,
  fieldSpec,
  guessRefType,
  humanizeKey,
  type RefType,
  TITLE_FIELDS,
} from "./fields";

export type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has(key: string): boolean;
};

/** An event as the audit trail holds it. */
export type AuditRecord = {
  action: string;
  entityType: string;
  entityId: string | null;
  actorId: number | null;
  programmeId: number | null;
  summary: string;
  changes: { before?: unknown; after?: unknown } | null;
};

export type Ref = { type: RefType; id: number };
/**
 * What a record is called; `extra` is a second part: an indicator's unit, the element a link leads to. `former`: a
 * person whose personal data was removed; the log calls them "voormalig gebruiker" and shows nothing of them that an
 * old event's summary may still hold (the chain is never rewritten).
 */
export type NamedRecord = { name: string; extra?: string | null; former?: boolean };
/** Names by `refKey(type, id)`; only records of the viewer's own gemeente are in it. */
export type NameBook = ReadonlyMap<string, NamedRecord>;
export const refKey = (type: RefType, id: number) => `${type}:${id}`;

export type RenderContext = {
  t: Translate;
  locale: Locale;
  names: NameBook;
  /** The viewer's gemeente: every event of the log belongs to it. */
  organisationName: string;
};

/** A long text in full, for a details/summary beside its shortened line. */
export type FullText = { label: string; text: string };
export type RenderedLine = { text: string; full: FullText[] };
export type RenderedEvent = {
  sentence: string;
  /** The whole name or text of what the sentence is about, when the sentence shows it shortened. */
  subjectFull?: string;
  /** The programme the event belongs to, when the sentence is about something inside it. */
  programme?: string;
  lines: RenderedLine[];
};

/** `plain`: the text without the quotes the line puts around it. */
type Value = { text: string; full?: string; plain?: string; unit?: string };
type Fields = Record<string, unknown>;

const SHORT = 80;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SNAKE = /^[a-z]+(_[a-z]+)+$/;

/** Actions whose summary is nothing but the name of their record: a fallback when the record is gone. */
const SUMMARY_IS_NAME = new Set([
  "programme.created",
  "programme.updated",
  "partner.created",
  "partner.updated",
  "organisation.created",
  "indicator.created",
  "indicator.updated",
  "assumption.created",
  "assumption.updated",
  "study.created",
  "study.updated",
  "page.created",
  "page.updated",
  "page.restored",
  "page.commented",
  "lesson.created",
  "lesson.updated",
  "correction.proposed",
  "correction.decided",
  "correction.rejected",
  "correction.implemented",
  "learningQuestion.created",
  "learningQuestion.follow_up_created",
  "learningQuestion.updated",
  "learningQuestion.answer_updated",
  "reflection.prompts_saved",
  "actionItem.completed",
  "actionItem.carried_over",
  "user.password_reset",
  "user.mfa_reset",
  "membership.deactivated",
  "membership.reactivated",
  "membership.accepted",
  "learning_track.created",
  "learning_track.updated",
  "learning_track.archived",
  "learning_track.restored",
  "learning_track.participant_added",
  "training_session.created",
  "training_session.updated",
  "maturity_scan.taken",
]);

/**
 * Updates whose "after" holds the whole form while "before" holds only some fields: only the fields in both are
 * compared, the rest did not necessarily change. Elsewhere a field only in "after" tells more about the change (the
 * reason of a status change, the answer to a question) and is shown as it is.
 */
const COMPARE_ONLY = new Set(["learningQuestion.updated", "assumption.updated", "toc.element_updated"]);

const isObject = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asFields = (value: unknown): Fields | null =>
  value === undefined || value === null ? null : isObject(value) ? value : { value };
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
const asId = (value: unknown): number | null => {
  const id = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof id === "number" && Number.isInteger(id) && id > 0 ? id : null;
};

/** "in_behandeling" → "In behandeling": a value from a closed list nobody gave a label. */
function humanizeValue(value: string): string {
  const words = value.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function shorten(text: string, max = SHORT): Value {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max + 20 && !text.includes("\n")) return { text: flat };
  if (flat.length <= max + 20) return { text: flat, full: text };
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return { text: `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`, full: text };
}

const quoted = (value: Value): Value => ({ ...value, plain: value.text, text: `‘${value.text}’` });

// ---------------------------------------------------------------------------------------------------------------
// The ids an event refers to.

/** Every record the events name: actors, programmes, the records themselves and the ids in their fields. */
export function collectRefs(records: readonly AuditRecord[]): Ref[] {
  const found = new Map<string, Ref>();
  const add = (type: RefType | undefined | null, raw: unknown) => {
    const id = asId(raw);
    if (type && id !== null) found.set(refKey(type, id), { type, id });
  };
  for (const record of records) {
    add("user", record.actorId);
    add("programme", record.programmeId);
    add(ENTITY_REFS[record.entityType], record.entityId);
    for (const side of [record.changes?.before, record.changes?.after]) {
      const fields = asFields(side);
      if (fields) collectFieldRefs(record, fields, add, 0);
    }
  }
  return [...found.values()];
}

function collectFieldRefs(
  record: AuditRecord,
  fields: Fields,
  add: (type: RefType | undefined | null, raw: unknown) => void,
  depth: number,
) {
  for (const [key, value] of Object.entries(fields)) {
    const spec = fieldSpec(record.action, record.entityType, key);
    if (spec.kind === "ref") add(spec.to, value);
    else if (spec.kind === "refs" && Array.isArray(value)) for (const id of value) add(spec.to, id);
    else if (spec.kind === "custom") customRefs(spec.format, value, add);
    else if (spec.kind === "auto" && depth < 2) {
      const nested = Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : [];
      for (const item of nested) collectFieldRefs(record, item, add, depth + 1);
    }
  }
}

function customRefs(format: string, value: unknown, add: (type: RefType, raw: unknown) => void) {
  if (format === "tocChange" && isObject(value)) {
    add("tocElement", value.removeElementId);
    if (isObject(value.rename)) add("tocElement", value.rename.elementId);
  }
  if (format === "findingLinks" && Array.isArray(value)) {
    for (const link of value.filter(isObject)) {
      add("hypothesis", link.hypothesisId);
      add("assumption", link.assumptionId);
    }
  }
  if (format === "moveScope") add("programme", value);
}

// ---------------------------------------------------------------------------------------------------------------
// One event.

class EventRenderer {
  private readonly t: Translate;
  private readonly before: Fields | null;
  private readonly after: Fields | null;

  constructor(
    private readonly record: AuditRecord,
    private readonly ctx: RenderContext,
  ) {
    this.t = ctx.t;
    this.before = asFields(record.changes?.before);
    this.after = asFields(record.changes?.after);
  }

  render(): RenderedEvent {
    const subject = this.subject();
    const object = this.object(subject);
    const sentence = this.sentence(object, subject);
    const titleField = TITLE_FIELDS[this.record.entityType];
    // The name is in the sentence already; it is listed only when it changed or the sentence shortened it.
    const skip = subject && !subject.full && !(this.before && this.after) ? titleField : undefined;
    const lines = [...this.extraLines(object, subject), ...this.fieldLines(skip)];
    const programme = this.programmeContext();
    return { sentence, ...(subject?.full ? { subjectFull: subject.full } : {}), ...programme, lines };
  }

  private name(type: RefType | undefined, raw: unknown): NamedRecord | undefined {
    const id = asId(raw);
    return type && id !== null ? this.ctx.names.get(refKey(type, id)) : undefined;
  }

  private actor(): string {
    if (this.record.actorId === null) return this.t("audit.system");
    const actor = this.name("user", this.record.actorId);
    if (actor?.former) return this.t("audit.formerUser");
    return actor?.name ?? this.t("audit.someone");
  }

  /** Whether the event is about a person whose personal data was removed: its summary is then not shown. */
  private aboutFormerPerson(): boolean {
    const { entityType, entityId } = this.record;
    if (entityType !== "user" && entityType !== "membership") return false;
    return this.name(ENTITY_REFS[entityType], entityId)?.former === true;
  }

  private programmeContext(): { programme?: string } {
    if (this.record.entityType === "programme" || this.record.programmeId === null) return {};
    const programme = this.name("programme", this.record.programmeId);
    return programme ? { programme: programme.name } : {};
  }

  /** What the event is about, by name: as it was then, else as it is now, else from the summary. */
  private subject(): Value | null {
    const { action, entityType, entityId, summary } = this.record;
    const special = this.specialSubject();
    if (special !== undefined) return special === null ? null : shorten(special);
    const field = TITLE_FIELDS[entityType] ?? "name";
    const then = this.after ?? this.before;
    const fromEvent = [this.after?.[field], this.before?.[field], then?.title].find(
      (value): value is string => typeof value === "string" && value.trim() !== "",
    );
    if (fromEvent) return shorten(fromEvent);
    const named = this.refName(ENTITY_REFS[entityType], entityId);
    if (named) return shorten(named);
    if (SUMMARY_IS_NAME.has(action) && summary.trim()) return shorten(summary);
    return null;
  }

  /** Records whose name is not a field of their own; undefined when the general rule applies. */
  private specialSubject(): string | null | undefined {
    const { action, entityType, entityId, summary } = this.record;
    const person = /^(.+?) \(([^()\s]+@[^()\s]+)\)(?:: [a-z]+)?$/.exec(summary);
    switch (entityType) {
      case "user":
      case "membership":
        return (
          this.refName(ENTITY_REFS[entityType], entityId) ??
          person?.[1] ??
          (SUMMARY_IS_NAME.has(action) && summary.includes(" ") ? summary : null)
        );
      case "organisation":
        return this.ctx.organisationName;
      case "route_decision": {
        const chosen = typeof this.after?.primaryRoute === "string" ? this.after.primaryRoute : summary.split(" + ")[0];
        return chosen && isRouteKey(chosen) ? localise(getRoute(chosen).name, this.ctx.locale) : null;
      }
      case "roadmap_step": {
        const key = summary || this.name("roadmapStep", entityId)?.name;
        const step = key ? stepByKey(key) : undefined;
        return step ? localise(step.title, this.ctx.locale) : null;
      }
      case "toc_link": {
        const named = this.refName("tocLink", entityId);
        if (named) return named;
        const [from, to, ...rest] = action === "toc.link_added" ? summary.split(" → ") : [];
        return from && to && rest.length === 0 ? this.t("audit.values.tocLink", { from, to }) : null;
      }
      case "measurement": {
        const named = this.refName("measurement", entityId);
        return named ?? /^(.+): [^:]+ \(\d{4}-\d{2}-\d{2}\)$/.exec(summary)?.[1] ?? null;
      }
      default:
        return undefined;
    }
  }

  /** The name of a record of the viewer's gemeente, as the log writes it. */
  private refName(type: RefType | undefined, raw: unknown): string | undefined {
    const named = this.name(type, raw);
    if (!named) return undefined;
    if (named.former) return this.t("audit.formerUser");
    if (type === "tocLink") return this.t("audit.values.tocLink", { from: named.name, to: named.extra ?? "" });
    if (type === "roadmapStep") {
      const step = stepByKey(named.name);
      return step ? localise(step.title, this.ctx.locale) : undefined;
    }
    return named.name;
  }

  /** "indicator ‘Deelnemers’", or "een indicator" when it cannot be named. */
  private object(subject: Value | null): string {
    const type = this.t.has(`audit.entities.${this.record.entityType}.some`) ? this.record.entityType : "unknown";
    return subject
      ? this.t(`audit.entities.${type}.named`, { name: subject.text })
      : this.t(`audit.entities.${type}.some`);
  }

  private sentence(object: string, subject: Value | null): string {
    const { action } = this.record;
    const after = this.after ?? {};
    const values: Record<string, string | number> = {
      actor: this.actor(),
      object,
      name: subject?.text ?? this.t("audit.someone"),
      gemeente: this.ctx.organisationName,
      email: this.aboutFormerPerson() ? this.t("audit.formerUser") : this.record.summary,
      permission: this.lookup("audit.permissions", after.permission, "audit.permissions.unknown"),
      reason: after.reason === "NotFoundError" ? "notFound" : "forbidden",
      download: this.lookup("audit.downloads", after.export, "audit.downloads.unknown"),
      // What a key of the read API read, and which page of it.
      resource: this.lookup("audit.values.apiResources", after.resource, "audit.values.apiResources.unknown"),
      page: typeof after.page === "number" ? after.page : 1,
      what: this.t.has(`audit.actions.${action}`) ? this.t(`audit.actions.${action}`) : humanizeKey(action),
    };
    if (this.t.has(`audit.sentences.${action}`)) return this.t(`audit.sentences.${action}`, values);
    // The verb is the action's last part, also after a qualifier: "roadmap.step_archived" reads as "archived".
    let verb = action.slice(action.lastIndexOf(".") + 1);
    for (;;) {
      if (this.t.has(`audit.verbs.${verb}`)) return this.t(`audit.verbs.${verb}`, values);
      const next = verb.indexOf("_");
      if (next < 0) return this.t("audit.fallbackSentence", values);
      verb = verb.slice(next + 1);
    }
  }

  private lookup(prefix: string, value: unknown, fallback: string): string {
    return typeof value === "string" && this.t.has(`${prefix}.${value}`)
      ? this.t(`${prefix}.${value}`)
      : this.t(fallback);
  }

  /** What an event says beyond its fields: the address of an invitation, the record a refused attempt was about. */
  private extraLines(object: string, subject: Value | null): RenderedLine[] {
    const { action, entityType, summary } = this.record;
    const lines: RenderedLine[] = [];
    const set = (labelKey: string, value: string) =>
      lines.push({ text: this.t("audit.lines.set", { label: this.t(labelKey), value }), full: [] });
    const person = /^(.+?) \(([^()\s]+@[^()\s]+)\)(?:: ([a-z]+))?$/.exec(summary);
    if (person && (entityType === "user" || entityType === "membership") && !this.aboutFormerPerson()) {
      set("audit.fields.email", person[2] ?? "");
      const role = person[3];
      if (role && !this.after?.role && this.t.has(`roles.${role}`)) set("audit.fields.role", this.t(`roles.${role}`));
    }
    if (action === "access.refused" && subject) set("audit.fields.record", object);
    return lines;
  }

  private fieldLines(skip: string | undefined): RenderedLine[] {
    const { before, after } = this;
    const lines: RenderedLine[] = [];
    if (before && after) {
      for (const key of Object.keys(after)) {
        if (key in before) {
          const line = this.changeLine(key, before[key], after[key]);
          if (line) lines.push(line);
        } else if (!COMPARE_ONLY.has(this.record.action)) {
          const line = this.setLine(key, after[key], "after");
          if (line) lines.push(line);
        }
      }
      return lines;
    }
    const only = after ?? before;
    if (!only) return lines;
    for (const key of Object.keys(only)) {
      if (key === skip) continue;
      // The programme the event belongs to is said beside the sentence already.
      if (key === "programmeId" && asId(only[key]) === this.record.programmeId) continue;
      const line = this.setLine(key, only[key], after ? "after" : "before");
      if (line) lines.push(line);
    }
    return lines;
  }

  private spec(key: string): FieldSpec {
    return fieldSpec(this.record.action, this.record.entityType, key);
  }

  private label(key: string, spec: FieldSpec): string {
    return spec.label && this.t.has(spec.label) ? this.t(spec.label) : humanizeKey(key);
  }

  private setLine(key: string, raw: unknown, side: "before" | "after"): RenderedLine | null {
    const spec = this.spec(key);
    if (spec.kind === "hidden" || isEmpty(raw)) return null;
    const value = this.value(spec, raw, side, key);
    if (!value) return null;
    const label = this.label(key, spec);
    return {
      text: this.t("audit.lines.set", { label, value: withUnit(value) }),
      full: value.full ? [{ label, text: value.full }] : [],
    };
  }

  private changeLine(key: string, rawBefore: unknown, rawAfter: unknown): RenderedLine | null {
    const spec = this.spec(key);
    if (spec.kind === "hidden" || same(rawBefore, rawAfter)) return null;
    const label = this.label(key, spec);
    const empty: Value | null = spec.kind === "ref" && spec.empty ? { text: this.t(spec.empty) } : null;
    const was = isEmpty(rawBefore) ? empty : this.value(spec, rawBefore, "before", key);
    const now = isEmpty(rawAfter) ? empty : this.value(spec, rawAfter, "after", key);
    if (!was && !now) return null;
    const full: FullText[] = [];
    if (was?.full || now?.full) {
      if (was) full.push({ label: this.t("audit.was"), text: was.full ?? was.plain ?? was.text });
      if (now) full.push({ label: this.t("audit.now"), text: now.full ?? now.plain ?? now.text });
    }
    if (was && now) {
      const sameUnit = was.unit !== undefined && was.unit === now.unit;
      const before = sameUnit ? was.text : withUnit(was);
      return { text: this.t("audit.lines.changed", { label, before, after: withUnit(now) }), full };
    }
    if (now) return { text: this.t("audit.lines.added", { label, value: withUnit(now) }), full };
    return { text: this.t("audit.lines.cleared", { label, value: withUnit(was as Value) }), full };
  }

  private unit(side: "before" | "after"): string | undefined {
    const own = (side === "before" ? this.before?.unit : this.after?.unit) ?? this.after?.unit ?? this.before?.unit;
    if (typeof own === "string" && own) return own;
    const { entityType, entityId } = this.record;
    const type = ENTITY_REFS[entityType];
    const unit = type === "indicator" || type === "measurement" ? this.name(type, entityId)?.extra : undefined;
    return unit ?? undefined;
  }

  private number(value: number): string {
    return new Intl.NumberFormat(INTL_LOCALE[this.ctx.locale], { maximumFractionDigits: 3 }).format(value);
  }

  private day(value: string): string {
    return new Intl.DateTimeFormat(INTL_LOCALE[this.ctx.locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: TIME_ZONE,
    }).format(new Date(`${value}T12:00:00Z`));
  }

  private moment(value: string | number): string | null {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return null;
    return new Intl.DateTimeFormat(INTL_LOCALE[this.ctx.locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: TIME_ZONE,
    }).format(date);
  }

  private enumLabel(messages: string, value: unknown): string {
    const text = String(value);
    if (messages && this.t.has(`${messages}.${text}`)) return this.t(`${messages}.${text}`);
    return SNAKE.test(text) || /^[a-z]+$/.test(text) ? humanizeValue(text) : text;
  }

  private refLabel(type: RefType, raw: unknown): string {
    const named = asId(raw) === null ? undefined : this.refName(type, raw);
    return named ?? this.t("audit.values.unknownRecord");
  }

  /** A value as the log shows it; null when there is nothing to show. */
  private value(spec: FieldSpec, raw: unknown, side: "before" | "after", key: string): Value | null {
    switch (spec.kind) {
      case "hidden":
        return null;
      case "text":
      case "longText":
        return quoted(shorten(String(raw)));
      case "number":
        return typeof raw === "number" ? { text: this.number(raw) } : this.auto(raw, 0, key);
      case "measure": {
        if (typeof raw !== "number") return this.auto(raw, 0, key);
        const unit = this.unit(side);
        return unit ? { text: this.number(raw), unit } : { text: this.number(raw) };
      }
      case "money":
        return typeof raw === "number"
          ? {
              text: new Intl.NumberFormat(INTL_LOCALE[this.ctx.locale], { style: "currency", currency: "EUR" }).format(
                raw / 100,
              ),
            }
          : this.auto(raw, 0, key);
      case "day":
        return typeof raw === "string" && DAY.test(raw) ? { text: this.day(raw) } : this.auto(raw, 0, key);
      case "moment": {
        const text = typeof raw === "string" || typeof raw === "number" ? this.moment(raw) : null;
        return text ? { text } : this.auto(raw, 0, key);
      }
      case "boolean":
        return { text: this.t(raw ? "audit.values.yes" : "audit.values.no") };
      case "enum":
        return { text: this.enumLabel(spec.messages, raw) };
      case "ref":
        return { text: this.refLabel(spec.to, raw) };
      case "refs":
        return Array.isArray(raw) ? { text: raw.map((id) => this.refLabel(spec.to, id)).join(", ") } : null;
      case "list":
        return Array.isArray(raw) ? { text: raw.map((item) => String(item)).join(", ") } : this.auto(raw, 0, key);
      case "custom":
        return this.custom(spec.format, raw);
      case "auto":
        return this.auto(raw, 0, key);
    }
  }

  /** A value of a field the map does not know, shown by its shape; objects are summarised in words. */
  private auto(raw: unknown, depth: number, key: string): Value | null {
    if (isEmpty(raw)) return null;
    if (typeof raw === "boolean") return { text: this.t(raw ? "audit.values.yes" : "audit.values.no") };
    if (typeof raw === "number") return { text: this.number(raw) };
    if (typeof raw === "string") {
      if (DAY.test(raw)) return { text: this.day(raw) };
      if (MOMENT.test(raw)) return { text: this.moment(raw) ?? raw };
      if (SNAKE.test(raw)) return { text: humanizeValue(raw) };
      return quoted(shorten(raw));
    }
    const refType = guessRefType(key);
    if (Array.isArray(raw)) {
      if (refType && raw.every((item) => asId(item) !== null)) {
        return { text: raw.map((id) => this.refLabel(refType, id)).join(", ") };
      }
      if (raw.every((item) => !isObject(item) && !Array.isArray(item))) {
        return { text: raw.map((item) => this.auto(item, depth + 1, key)?.text ?? "").join(", ") };
      }
      return { text: this.t("audit.values.items", { count: raw.length }) };
    }
    if (isObject(raw)) {
      if (depth >= 1) return { text: this.t("audit.values.details", { count: Object.keys(raw).length }) };
      const parts = Object.entries(raw).flatMap(([nestedKey, nested]) => {
        const spec = this.spec(nestedKey);
        if (spec.kind === "hidden" || isEmpty(nested)) return [];
        const value =
          spec.kind === "auto" ? this.auto(nested, depth + 1, nestedKey) : this.value(spec, nested, "after", nestedKey);
        return value ? [`${this.label(nestedKey, spec)}: ${withUnit(value)}`] : [];
      });
      return parts.length ? shorten(parts.join("; "), 160) : null;
    }
    return null;
  }

  private custom(format: string, raw: unknown): Value | null {
    const t = this.t;
    switch (format) {
      case "route":
        return typeof raw === "string"
          ? { text: isRouteKey(raw) ? localise(getRoute(raw).name, this.ctx.locale) : raw }
          : null;
      case "locale":
        return { text: LANGUAGE_NAMES[raw as Locale] ?? String(raw) };
      case "checklist":
        return Array.isArray(raw)
          ? { text: raw.map((item) => this.enumLabel("programmes.cycle.items", item)).join(", ") }
          : null;
      case "moveScope":
        if (raw === "all" || raw === "none") return { text: t(`audit.values.moveScope.${raw}`) };
        return { text: this.refLabel("programme", raw) };
      case "exportCounts": {
        if (!isObject(raw)) return null;
        const total = Object.values(raw).reduce<number>((sum, n) => sum + (typeof n === "number" ? n : 0), 0);
        return { text: this.number(total) };
      }
      case "reports":
        return Array.isArray(raw)
          ? {
              text: raw
                .map((report) => `‘${isObject(report) ? String(report.title ?? "") : String(report)}’`)
                .join(", "),
            }
          : null;
      case "agenda": {
        if (!isObject(raw)) return null;
        const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
        return {
          text: t("audit.values.agenda", {
            actions: count(raw.openActions),
            assumptions: count(raw.assumptions),
            indicators: count(raw.indicators),
            questions: count(raw.learningQuestions),
          }),
        };
      }
      case "findingLinks": {
        if (!Array.isArray(raw)) return null;
        const links = raw.filter(isObject).map((link) => {
          const target =
            asId(link.hypothesisId) !== null
              ? t("audit.values.linkHypothesis", { name: this.refLabel("hypothesis", link.hypothesisId) })
              : t("audit.values.linkAssumption", { name: this.refLabel("assumption", link.assumptionId) });
          return link.verdict ? `${target} (${this.enumLabel("programmes.evidence.verdicts", link.verdict)})` : target;
        });
        return links.length ? shorten(links.join(", "), 160) : null;
      }
      case "tocChange": {
        if (!isObject(raw)) return null;
        const parts: string[] = [];
        if (isObject(raw.add)) {
          parts.push(
            t("audit.tocChange.add", {
              level: this.enumLabel("programmes.level", raw.add.level).toLowerCase(),
              title: String(raw.add.title ?? ""),
            }),
          );
        }
        if (asId(raw.removeElementId) !== null) {
          parts.push(t("audit.tocChange.remove", { title: this.refLabel("tocElement", raw.removeElementId) }));
        }
        if (isObject(raw.rename)) {
          parts.push(
            t("audit.tocChange.rename", {
              from: this.refLabel("tocElement", raw.rename.elementId),
              to: String(raw.rename.title ?? ""),
            }),
          );
        }
        return parts.length ? { text: parts.join("; ") } : null;
      }
      default:
        return this.auto(raw, 0, format);
    }
  }
}

const withUnit = (value: Value) => (value.unit ? `${value.text} ${value.unit}` : value.text);

/** Whether two values are the same for a reader: empty is empty, and the order of a list of ids does not matter. */
function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(normalise).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  }
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

export function renderAuditEvent(record: AuditRecord, ctx: RenderContext): RenderedEvent {
  return new EventRenderer(record, ctx).render();
}
