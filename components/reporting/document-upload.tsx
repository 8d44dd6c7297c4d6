"use client";
// Attaching a document to the report. Its size is checked here before sending, because a request over the server's
// limit never reaches the action; the action and the data layer check it again, and its kind by its content.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { addDocumentAction } from "@/app/(app)/programmes/[programmeId]/reporting/[periodId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from "@/lib/validation/field-names/reporting";
import { type FormState, initialFormState } from "@/lib/validation/form";
import type { VersionedFormState } from "@/lib/validation/versions";

const ACCEPT = [
  ...Object.keys(DOCUMENT_TYPES).map((extension) => `.${extension}`),
  ...new Set(Object.values(DOCUMENT_TYPES).map((type) => type.contentType)),
].join(",");

export function DocumentUpload({ periodId, version }: { periodId: number; version: number }) {
  const t = useTranslations("partnerReport.documents");
  const validation = useTranslations("validation");
  const [state, action] = useActionState<VersionedFormState, FormData>(
    addDocumentAction.bind(null, periodId),
    initialFormState,
  );
  const [tooLarge, setTooLarge] = useState(false);
  const shown: FormState<unknown> = tooLarge
    ? { status: "error", fieldErrors: { document: [validation("documentTooLarge")] } }
    : state;
  return (
    <form
      action={action}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      onSubmit={(event) => {
        if (!tooLarge) return;
        event.preventDefault();
        event.currentTarget.querySelector<HTMLInputElement>("#document")?.focus();
      }}
    >
      <ErrorSummary state={shown} labels={{ document: t("file") }} />
      {state.status === "success" && state.message ? (
        <Notice tone="success" role="status">
          {state.message}
        </Notice>
      ) : null}
      <input type="hidden" name="version" value={String(version)} />
      <TextField
        id="document"
        name="document"
        type="file"
        label={t("file")}
        hint={t("fileHint")}
        accept={ACCEPT}
        onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_DOCUMENT_BYTES)}
        state={shown}
      />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("adding")}>
          {t("add")}
        </SubmitButton>
      </div>
    </form>
  );
}
