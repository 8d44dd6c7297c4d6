import { z } from "zod";
import { ROLES } from "../domain/constants";
import { needsPartnerOrganisation } from "../domain/permissions";
import { email, evenWhenOtherFieldsFail, optionalId, requiredText } from "./fields";
import { recordVersion, withVersion } from "./versions";

const role = z.enum(ROLES, { error: "role" });

const withPartnerRule = <T extends { role: (typeof ROLES)[number]; partnerOrganisationId: number | null }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  // Runs even when another field failed: the role must be one we know before the rule applies.
  if (ROLES.includes(value.role) && needsPartnerOrganisation(value.role) && value.partnerOrganisationId == null) {
    ctx.addIssue({ code: "custom", path: ["partnerOrganisationId"], message: "partnerRequired" });
  }
};

const membershipFields = z.object({ role, partnerOrganisationId: optionalId() });

export const createUserSchema = membershipFields
  .extend({ name: requiredText(120), email: email() })
  .superRefine(withPartnerRule, evenWhenOtherFieldsFail)
  .transform((value) => ({
    ...value,
    partnerOrganisationId: needsPartnerOrganisation(value.role) ? value.partnerOrganisationId : null,
  }));
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** A new role for a membership, with the membership's version the form was opened on. */
export const changeRoleSchema = withVersion(
  membershipFields.superRefine(withPartnerRule).transform((value) => ({
    ...value,
    partnerOrganisationId: needsPartnerOrganisation(value.role) ? value.partnerOrganisationId : null,
  })),
);
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

/** Switching a membership off or on again, with its version the form was opened on. */
export const userActiveSchema = z.object({
  active: z.enum(["true", "false"], { error: "invalid" }).transform((value) => value === "true"),
  version: recordVersion(),
});
export type UserActiveInput = z.infer<typeof userActiveSchema>;

/** Anonymising cannot be undone: the beheerder ticks that they understand before anything happens. */
export const anonymiseSchema = z.object({ confirm: z.literal("ja", { error: "confirmAnonymise" }) });
