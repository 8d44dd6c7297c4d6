import { getTranslations } from "next-intl/server";
import { isFollowing } from "@/db/queries/page-follows";
import { FollowButton } from "./follow-button";

/** Whether the viewer follows the page, with the button to change that. */
export async function PageFollow({ pageId }: { pageId: number }) {
  const [following, t] = await Promise.all([isFollowing({ pageId }), getTranslations("notifications.follow")]);
  return (
    <FollowButton
      pageId={pageId}
      following={following}
      labels={{
        follow: t("follow"),
        unfollow: t("unfollow"),
        followed: t("followed"),
        unfollowed: t("unfollowed"),
        busy: t("busy"),
      }}
    />
  );
}
