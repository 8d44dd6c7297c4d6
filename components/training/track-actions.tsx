"use client";
import { useTranslations } from "next-intl";
import { archiveTrackAction, restoreTrackAction } from "@/app/(app)/training/actions";
import { ActionButton } from "@/components/ui/action-button";

/** Archive a track (it leaves the list and nothing changes in it), or put an archived one back. */
export function TrackArchiveButton({ trackId, archived }: { trackId: number; archived: boolean }) {
  const t = useTranslations("training.track");
  return archived ? (
    <ActionButton action={restoreTrackAction.bind(null, trackId)} label={t("restore")} pendingLabel={t("busy")} />
  ) : (
    <ActionButton action={archiveTrackAction.bind(null, trackId)} label={t("archive")} pendingLabel={t("busy")} />
  );
}
