import { z } from "zod";
import { recordVersion } from "./versions";

/** Whether members of the gemeente must sign in through SSO, with the gemeente's version the form was opened on. */
export const ssoRequirementSchema = z.object({
  requireSso: z.enum(["true", "false"], { error: "required" }).transform((value) => value === "true"),
  version: recordVersion(),
});
export type SsoRequirementInput = z.infer<typeof ssoRequirementSchema>;
