// The action items a session yielded (or took over from an earlier one), each with how it stands.

import { getTranslations } from "next-intl/server";
import {
  completeActionItemAction,
  completeOwnActionItemAction,
} from "@/app/(app)/programmes/[programmeId]/reflections/actions";
import { ActionButton } from "@/components/ui/action-button";
import { FormattedDate } from "@/components/ui/formatted-date";
import Link from "@/components/ui/link";
import type { ActionItemStatus } from "@/lib/domain/constants";
import { ActionItemMeta } from "./action-item-meta";

type SessionLink = { sessionId: number; sessionTitle: string };

export type SessionActionItem = {
  id: number;
  description: string;
  ownerId: number | null;
  ownerName: string | null;
  dueDate: string | null;
  status: ActionItemStatus;
  completedAt: Date | null;
  carriedFrom: SessionLink | null;
  carriedTo: SessionLink | null;
};

export async function SessionActions({
  programmeId,
  sessionId,
  items,
  mayContribute,
  viewerId,
  today,
}: {
  programmeId: number;
  sessionId: number;
  items: SessionActionItem[];
  mayContribute: boolean;
  /** Whoever an item is assigned to may mark it done, also without writing in the programme otherwise. */
  viewerId: number;
  today: string;
}) {
  const t = await getTranslations("reflections");
  const base = `/programmes/${programmeId}/reflections`;
  if (items.length === 0) {
    return <p className="max-w-3xl">{mayContribute ? t("actionsEmptyContribute") : t("actionsEmpty")}</p>;
  }
  return (
    <ol className="flex max-w-4xl flex-col gap-3">
      {items.map((item) => (
        <li key={item.id} id={`actie-${item.id}`} className="flex flex-col gap-2 rounded-ik border border-line p-3">
          <p className="font-semibold">{item.description}</p>
          <ActionItemMeta
            ownerName={item.ownerName}
            dueDate={item.dueDate}
            overdue={item.status === "open" && item.dueDate !== null && item.dueDate < today}
          >
            {item.carriedFrom ? (
              <>
                {t("carriedFrom")}{" "}
                <Link href={`${base}/${item.carriedFrom.sessionId}`}>{item.carriedFrom.sessionTitle}</Link>
              </>
            ) : null}
          </ActionItemMeta>
          {item.status === "open" ? (
            mayContribute || item.ownerId === viewerId ? (
              <div>
                <ActionButton
                  action={(mayContribute ? completeActionItemAction : completeOwnActionItemAction).bind(
                    null,
                    programmeId,
                    sessionId,
                    item.id,
                  )}
                  label={
                    <>
                      {t("markDone")}
                      <span className="sr-only">: {item.description}</span>
                    </>
                  }
                  pendingLabel={t("busy")}
                />
              </div>
            ) : (
              <p className="text-sm">{t("statusOpen")}</p>
            )
          ) : item.status === "klaar" ? (
            <p className="text-sm font-semibold text-success">
              {t("statusDone")}
              {item.completedAt ? (
                <>
                  {" "}
                  <FormattedDate value={item.completedAt} format="date" />
                </>
              ) : null}
            </p>
          ) : (
            <p className="text-sm font-semibold">
              {t("carriedTo")}{" "}
              {item.carriedTo ? (
                <Link href={`${base}/${item.carriedTo.sessionId}`}>{item.carriedTo.sessionTitle}</Link>
              ) : null}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
