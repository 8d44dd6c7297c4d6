import { z } from "zod";
import { codeKind } from "../domain/mfa";
import { signInCodeSchema } from "./auth";
import { withVersion } from "./versions";

/** Confirming a new app: a code of the app itself (there are no recovery codes yet). */
export const mfaSetupSchema = z.object({
  code: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(40, { error: "totpInvalid" })
    .refine((code) => codeKind(code) === "totp", { error: "totpInvalid" }),
});
export type MfaSetupInput = z.infer<typeof mfaSetupSchema>;

/** Turning the app off or making new recovery codes: a code of the app, or a recovery code. */
export const mfaCodeSchema = signInCodeSchema;
export type MfaCodeInput = z.infer<typeof mfaCodeSchema>;

/** The gemeente's setting: whether everyone who signs in with a password uses the app, or only the beheerders. */
export const mfaSettingSchema = withVersion(
  z.object({
    mfaRequired: z.enum(["iedereen", "beheerders"], { error: "choose" }).transform((value) => value === "iedereen"),
  }),
);
export type MfaSettingInput = z.infer<typeof mfaSettingSchema>;
