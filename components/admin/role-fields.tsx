"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectField } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/domain/constants";
import { type FormState, firstValue } from "@/lib/validation/form";

/** Role, and the partner organisation that only a partner needs (shown once "partner" is chosen). */
export function RoleFields({
  state,
  partners,
  defaultRole,
  defaultPartnerId,
}: {
  state: FormState<unknown>;
  partners: { id: number; name: string }[];
  defaultRole?: Role;
  defaultPartnerId?: number | null;
}) {
  const t = useTranslations("admin.users");
  const roles = useTranslations("roles");
  const [role, setRole] = useState<string>(firstValue(state.values, "role") ?? defaultRole ?? "");

  return (
    <>
      <SelectField
        name="role"
        label={t("role")}
        hint={role && ROLES.includes(role as Role) ? roles(`descriptions.${role as Role}`) : t("roleHint")}
        options={ROLES.map((r) => ({ value: r, label: roles(r) }))}
        placeholder={defaultRole ? undefined : t("chooseRole")}
        defaultValue={defaultRole}
        onChange={(event) => setRole(event.target.value)}
        state={state}
      />
      {role === "partner" ? (
        partners.length > 0 ? (
          <SelectField
            name="partnerOrganisationId"
            label={t("partnerOrganisation")}
            hint={t("partnerOrganisationHint")}
            options={partners.map((p) => ({ value: String(p.id), label: p.name }))}
            placeholder={t("choosePartner")}
            defaultValue={defaultPartnerId ? String(defaultPartnerId) : undefined}
            state={state}
          />
        ) : (
          <p className="rounded-ik bg-warning-surface p-3">{t("noPartners")}</p>
        )
      ) : null}
    </>
  );
}
