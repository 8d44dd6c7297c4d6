"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addPageCommentAction } from "@/app/(app)/pages/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, initialFormState } from "@/lib/validation/form";

export function CommentForm({ pageId }: { pageId: number }) {
  const t = useTranslations("pages.comments");
  const [state, action] = useActionState<FormState, FormData>(
    addPageCommentAction.bind(null, pageId),
    initialFormState,
  );
  return (
    <form action={action} noValidate className="flex max-w-3xl flex-col gap-4">
      <ErrorSummary state={state} labels={{ body: t("body") }} fieldIds={{ body: "comment-body" }} />
      <TextAreaField name="body" id="comment-body" label={t("body")} rows={4} state={state} />
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
