// The changes that tell someone, each called from its write inside that write's transaction: an action point given
// to someone, a course correction to decide on or decided, a followed page changed.
import "server-only";
import type { CorrectionStatus } from "@/lib/domain/constants";
import type { Checked, ProgrammeChecked } from "../access";
import type { WriteScope } from "../write";
import { notify, peopleWho, programmeTeam } from "./notify";
import { followersOf, followIn } from "./page-follows";

type Scope = WriteScope<ProgrammeChecked>;

const from = ({ viewer }: WriteScope<Checked>) => ({ organisationId: viewer.organisationId, actorId: viewer.userId });

/** The owner of a new action point hears of it, unless they made it themselves. */
export function actionItemAssigned(
  scope: Scope,
  item: { id: number; sessionId: number; description: string; ownerId: number },
) {
  const { tx, viewer, programme } = scope;
  notify(tx, {
    ...from(scope),
    kind: "action_item_assigned",
    params: { actor: viewer.name, programme: programme.name, description: item.description },
    href: `/programmes/${programme.id}/reflections/${item.sessionId}#actie-${item.id}`,
    entity: { type: "action_item", id: item.id },
    readable: { permission: "programme.read", programmeId: programme.id },
    recipients: [item.ownerId],
    dedupeKey: `action_item_assigned:${item.id}`,
  });
}

/**
 * A proposed correction asks a decision of everyone the kernel lets decide on it: management and the beheerders
 * alike, so that a gemeente without management is asked too.
 */
export function correctionProposed(scope: Scope, correction: { id: number; title: string }) {
  const { tx, viewer, programme } = scope;
  notify(tx, {
    ...from(scope),
    kind: "correction_proposed",
    params: { actor: viewer.name, programme: programme.name, title: correction.title },
    href: `/programmes/${programme.id}/corrections/${correction.id}`,
    entity: { type: "course_correction", id: correction.id },
    readable: { permission: "programme.read", programmeId: programme.id },
    recipients: peopleWho(tx, viewer.organisationId, {
      permission: "correction.decide",
      programmeId: programme.id,
    }),
    dedupeKey: `correction_proposed:${correction.id}`,
  });
}

/** A correction decided on, rejected or carried out: the programme's owner and team hear of it. */
export function correctionMoved(scope: Scope, correction: { id: number; title: string; status: CorrectionStatus }) {
  const { tx, viewer, programme } = scope;
  notify(tx, {
    ...from(scope),
    kind: "correction_decided",
    params: { actor: viewer.name, programme: programme.name, title: correction.title, status: correction.status },
    href: `/programmes/${programme.id}/corrections/${correction.id}`,
    entity: { type: "course_correction", id: correction.id },
    readable: { permission: "programme.read", programmeId: programme.id },
    recipients: programmeTeam(tx, programme.id),
    dedupeKey: `correction_decided:${correction.id}:${correction.status}`,
  });
}

/**
 * A new version of a page: its writer follows it from now on, and everyone else who follows it (and may still read
 * it) hears of it.
 */
export function pageChanged(
  scope: WriteScope<Checked>,
  page: { id: number; title: string; programmeId: number | null },
  version: number,
) {
  const { tx, viewer } = scope;
  followIn(tx, { organisationId: viewer.organisationId, userId: viewer.userId, pageId: page.id });
  if (version === 1) return;
  notify(tx, {
    ...from(scope),
    kind: "page_changed",
    params: { actor: viewer.name, title: page.title, version },
    href: `/pages/${page.id}/history?van=${version - 1}&naar=${version}`,
    entity: { type: "page", id: page.id },
    readable: { permission: "pages.read", programmeId: page.programmeId },
    recipients: followersOf(tx, page.id),
    dedupeKey: `page_changed:${page.id}:${version}`,
  });
}
