"use client";
import { useActionState } from "react";
import { setPageFollowAction } from "@/app/(app)/notifications/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

/**
 * "Volgen" or "Niet meer volgen" on a shared page. After a change the page shows the other button, and this one
 * says what changed.
 */
export function FollowButton({
  pageId,
  following,
  labels,
}: {
  pageId: number;
  following: boolean;
  labels: { follow: string; unfollow: string; followed: string; unfollowed: string; busy: string };
}) {
  const [state, action] = useActionState<FormState, FormData>(
    setPageFollowAction.bind(null, pageId, !following),
    initialFormState,
  );
  return (
    <form action={action} className="flex flex-col gap-1">
      <SubmitButton variant="secondary" pendingLabel={labels.busy}>
        {following ? labels.unfollow : labels.follow}
      </SubmitButton>
      <p role="status" className="text-sm">
        {state.status === "success" ? (following ? labels.followed : labels.unfollowed) : null}
        {state.status === "error" ? <span className="font-semibold text-danger">{state.message}</span> : null}
      </p>
    </form>
  );
}
