import { z } from "zod";
import { requiredText } from "./fields";

export const partnerOrganisationSchema = z.object({
  name: requiredText(120),
  description: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
export type PartnerOrganisationInput = z.infer<typeof partnerOrganisationSchema>;
