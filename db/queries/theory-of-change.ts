import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { TOC_LEVELS, type TocLevel } from "@/lib/domain/constants";
import type { TocElementInput, TocLinkInput } from "@/lib/validation/programmes";
import type { ProgrammeChecked, Reader } from "../access";
import { NotFoundError } from "../errors";
import { assumptions, hypothesisElements, indicators, tocElements, tocLinks } from "../schema";
import { guardProgramme, type WriteScope, writeProgramme } from "../write";
import { type MutationResult, ok, refuse } from "./result";

export async function getTheoryOfChange({ programmeId }: { programmeId: number }) {
  return theoryOfChangeIn(await guardProgramme("programme.read", programmeId));
}

/** The elements and links of a programme's theory of change, in their order. */
export function theoryOfChangeIn({ db, programme }: ProgrammeChecked) {
  const programmeId = programme.id;
  const elements = db
    .select({
      id: tocElements.id,
      level: tocElements.level,
      title: tocElements.title,
      description: tocElements.description,
    })
    .from(tocElements)
    .where(eq(tocElements.programmeId, programmeId))
    .orderBy(asc(tocElements.position), asc(tocElements.id))
    .all();
  const links = db
    .select({ id: tocLinks.id, fromElementId: tocLinks.fromElementId, toElementId: tocLinks.toElementId })
    .from(tocLinks)
    .where(eq(tocLinks.programmeId, programmeId))
    .orderBy(asc(tocLinks.id))
    .all();
  return { elements, links };
}

function elementOf(db: Reader, programmeId: number, elementId: number) {
  const element = db
    .select({ id: tocElements.id, level: tocElements.level, title: tocElements.title })
    .from(tocElements)
    .where(and(eq(tocElements.id, elementId), eq(tocElements.programmeId, programmeId)))
    .get();
  if (!element) throw new NotFoundError("theory-of-change element");
  return element;
}

export function addTocElement({ programmeId }: { programmeId: number }, input: TocElementInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, (scope) => {
    const id = addElementIn(scope, input);
    scope.audit({
      action: "toc.element_added",
      entityType: "toc_element",
      entityId: id,
      summary: `${input.level}: ${input.title}`,
      after: input,
    });
    return ok({ elementId: id });
  });
}

export function updateTocElement(
  { programmeId, elementId }: { programmeId: number; elementId: number },
  input: TocElementInput,
) {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "toc_element", id: elementId } },
    ({ tx, audit }) => {
      const before = elementOf(tx, programmeId, elementId);
      tx.update(tocElements)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(tocElements.id, elementId))
        .run();
      audit({
        action: "toc.element_updated",
        entityType: "toc_element",
        entityId: elementId,
        summary: `${input.level}: ${input.title}`,
        before,
        after: input,
      });
      return ok(undefined);
    },
  );
}

/**
 * Inside a write on the scope's programme: removes an element that nothing else refers to, with its links. Also
 * used when a decided course correction retires an element.
 */
export function removeElementIn(
  { tx, programme }: WriteScope<ProgrammeChecked>,
  elementId: number,
): MutationResult<{ title: string; level: string }> {
  const element = elementOf(tx, programme.id, elementId);
  const usedByIndicator = tx
    .select({ id: indicators.id })
    .from(indicators)
    .where(eq(indicators.tocElementId, elementId))
    .get();
  if (usedByIndicator) return refuse("elementInUse");
  const links = tx
    .select({ id: tocLinks.id })
    .from(tocLinks)
    .where(or(eq(tocLinks.fromElementId, elementId), eq(tocLinks.toElementId, elementId)))
    .all()
    .map((l) => l.id);
  if (
    links.length &&
    tx.select({ id: assumptions.id }).from(assumptions).where(inArray(assumptions.tocLinkId, links)).get()
  ) {
    return refuse("elementInUse");
  }
  if (links.length) tx.delete(tocLinks).where(inArray(tocLinks.id, links)).run();
  tx.delete(hypothesisElements).where(eq(hypothesisElements.tocElementId, elementId)).run();
  tx.delete(tocElements).where(eq(tocElements.id, elementId)).run();
  return ok({ title: element.title, level: element.level });
}

/** Inside a write on the scope's programme: adds an element at the end of its theory of change. */
export function addElementIn({ tx, viewer, programme }: WriteScope<ProgrammeChecked>, input: TocElementInput) {
  const position = tx
    .select({ id: tocElements.id })
    .from(tocElements)
    .where(eq(tocElements.programmeId, programme.id))
    .all().length;
  return tx
    .insert(tocElements)
    .values({ organisationId: viewer.organisationId, programmeId: programme.id, ...input, position: position + 1 })
    .returning({ id: tocElements.id })
    .get().id;
}

/** The theory of change of the scope's programme as it is now (inside a write: as the write sees it), for a version snapshot. */
export function snapshotIn({ db, programme }: ProgrammeChecked) {
  return {
    elements: db
      .select({ id: tocElements.id, level: tocElements.level, title: tocElements.title })
      .from(tocElements)
      .where(eq(tocElements.programmeId, programme.id))
      .orderBy(asc(tocElements.position), asc(tocElements.id))
      .all(),
    links: db
      .select({ fromElementId: tocLinks.fromElementId, toElementId: tocLinks.toElementId })
      .from(tocLinks)
      .where(eq(tocLinks.programmeId, programme.id))
      .orderBy(asc(tocLinks.id))
      .all(),
  };
}

export function removeTocElement({ programmeId, elementId }: { programmeId: number; elementId: number }) {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "toc_element", id: elementId } },
    (scope) => {
      const removed = removeElementIn(scope, elementId);
      if (!removed.ok) return removed;
      scope.audit({
        action: "toc.element_removed",
        entityType: "toc_element",
        entityId: elementId,
        summary: `${removed.value.level}: ${removed.value.title}`,
        before: removed.value,
      });
      return ok(undefined);
    },
  );
}

const levelIndex = (level: TocLevel) => TOC_LEVELS.indexOf(level);

/** A link leads from an element to one on a higher level: activity → output → outcome → impact. */
export function addTocLink({ programmeId }: { programmeId: number }, input: TocLinkInput) {
  return writeProgramme({ permission: "programme.edit", target: programmeId }, ({ tx, viewer, audit }) => {
    const from = elementOf(tx, programmeId, input.fromElementId);
    const to = elementOf(tx, programmeId, input.toElementId);
    if (levelIndex(to.level) <= levelIndex(from.level)) return refuse("linkDirection", "toElementId");
    const exists = tx
      .select({ id: tocLinks.id })
      .from(tocLinks)
      .where(and(eq(tocLinks.fromElementId, from.id), eq(tocLinks.toElementId, to.id)))
      .get();
    if (exists) return refuse("linkExists", "toElementId");
    const { id } = tx
      .insert(tocLinks)
      .values({ organisationId: viewer.organisationId, programmeId, fromElementId: from.id, toElementId: to.id })
      .returning({ id: tocLinks.id })
      .get();
    audit({
      action: "toc.link_added",
      entityType: "toc_link",
      entityId: id,
      summary: `${from.title} → ${to.title}`,
    });
    return ok(undefined);
  });
}

export function removeTocLink({ programmeId, linkId }: { programmeId: number; linkId: number }) {
  return writeProgramme(
    { permission: "programme.edit", target: programmeId, record: { type: "toc_link", id: linkId } },
    ({ tx, audit }) => {
      const link = tx
        .select({ id: tocLinks.id })
        .from(tocLinks)
        .where(and(eq(tocLinks.id, linkId), eq(tocLinks.programmeId, programmeId)))
        .get();
      if (!link) throw new NotFoundError("link");
      if (tx.select({ id: assumptions.id }).from(assumptions).where(eq(assumptions.tocLinkId, linkId)).get()) {
        return refuse("linkInUse");
      }
      tx.delete(tocLinks).where(eq(tocLinks.id, linkId)).run();
      audit({
        action: "toc.link_removed",
        entityType: "toc_link",
        entityId: linkId,
        summary: String(linkId),
      });
      return ok(undefined);
    },
  );
}
