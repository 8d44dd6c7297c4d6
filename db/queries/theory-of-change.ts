import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { TOC_LEVELS, type TocLevel } from "@/lib/domain/constants";
import type { TocElementInput, TocLinkInput } from "@/lib/validation/programmes";
import { recordAudit } from "../audit";
import { NotFoundError } from "../errors";
import { getDb, type Transaction, transact } from "../index";
import { assumptions, hypothesisElements, indicators, tocElements, tocLinks } from "../schema";
import { assertProgramme, requireProgramme } from "./programme-access";
import { type MutationResult, ok, refuse } from "./result";

export async function getTheoryOfChange({ programmeId }: { programmeId: number }) {
  await requireProgramme(programmeId, "read");
  const db = getDb();
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

function elementOf(tx: Transaction, programmeId: number, elementId: number) {
  const element = tx
    .select({ id: tocElements.id, level: tocElements.level, title: tocElements.title })
    .from(tocElements)
    .where(and(eq(tocElements.id, elementId), eq(tocElements.programmeId, programmeId)))
    .get();
  if (!element) throw new NotFoundError("theory-of-change element");
  return element;
}

export async function addTocElement({ programmeId }: { programmeId: number }, input: TocElementInput) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult<{ elementId: number }> => {
    assertProgramme(viewer, programmeId, "edit", tx);
    const id = addElementIn(tx, viewer.organisationId, programmeId, input);
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "toc.element_added",
      entityType: "toc_element",
      entityId: id,
      summary: `${input.level}: ${input.title}`,
      after: input,
    });
    return ok({ elementId: id });
  });
}

export async function updateTocElement(
  { programmeId, elementId }: { programmeId: number; elementId: number },
  input: TocElementInput,
) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "edit", tx);
    const before = elementOf(tx, programmeId, elementId);
    tx.update(tocElements)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(tocElements.id, elementId))
      .run();
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "toc.element_updated",
      entityType: "toc_element",
      entityId: elementId,
      summary: `${input.level}: ${input.title}`,
      before,
      after: input,
    });
    return ok(undefined);
  });
}

/**
 * Inside a write transaction: removes an element that nothing else refers to, with its links. Also used when a
 * decided course correction retires an element.
 */
export function removeElementIn(
  tx: Transaction,
  programmeId: number,
  elementId: number,
): MutationResult<{ title: string; level: string }> {
  const element = elementOf(tx, programmeId, elementId);
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

/** Inside a write transaction: adds an element at the end of its programme's theory of change. */
export function addElementIn(tx: Transaction, organisationId: number, programmeId: number, input: TocElementInput) {
  const position = tx
    .select({ id: tocElements.id })
    .from(tocElements)
    .where(eq(tocElements.programmeId, programmeId))
    .all().length;
  return tx
    .insert(tocElements)
    .values({ organisationId, programmeId, ...input, position: position + 1 })
    .returning({ id: tocElements.id })
    .get().id;
}

/** Inside a write transaction: the theory of change as it is now, for a version snapshot. */
export function snapshotIn(tx: Pick<Transaction, "select">, programmeId: number) {
  return {
    elements: tx
      .select({ id: tocElements.id, level: tocElements.level, title: tocElements.title })
      .from(tocElements)
      .where(eq(tocElements.programmeId, programmeId))
      .orderBy(asc(tocElements.position), asc(tocElements.id))
      .all(),
    links: tx
      .select({ fromElementId: tocLinks.fromElementId, toElementId: tocLinks.toElementId })
      .from(tocLinks)
      .where(eq(tocLinks.programmeId, programmeId))
      .orderBy(asc(tocLinks.id))
      .all(),
  };
}

export async function removeTocElement({ programmeId, elementId }: { programmeId: number; elementId: number }) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "edit", tx);
    const removed = removeElementIn(tx, programmeId, elementId);
    if (!removed.ok) return removed;
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "toc.element_removed",
      entityType: "toc_element",
      entityId: elementId,
      summary: `${removed.value.level}: ${removed.value.title}`,
      before: removed.value,
    });
    return ok(undefined);
  });
}

const levelIndex = (level: TocLevel) => TOC_LEVELS.indexOf(level);

/** A link leads from an element to one on a higher level: activity → output → outcome → impact. */
export async function addTocLink({ programmeId }: { programmeId: number }, input: TocLinkInput) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "edit", tx);
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
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "toc.link_added",
      entityType: "toc_link",
      entityId: id,
      summary: `${from.title} → ${to.title}`,
    });
    return ok(undefined);
  });
}

export async function removeTocLink({ programmeId, linkId }: { programmeId: number; linkId: number }) {
  const { viewer } = await requireProgramme(programmeId, "edit");
  return transact((tx): MutationResult => {
    assertProgramme(viewer, programmeId, "edit", tx);
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
    recordAudit(tx, {
      organisationId: viewer.organisationId,
      actorId: viewer.userId,
      programmeId,
      action: "toc.link_removed",
      entityType: "toc_link",
      entityId: linkId,
      summary: String(linkId),
    });
    return ok(undefined);
  });
}
