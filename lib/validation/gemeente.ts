// The beheerder's forms on /admin/gemeente: the helpdesk members turn to, the gemeente's colour and its logo.
import { z } from "zod";
import { meetsContrastWithWhite, normaliseHex } from "../domain/contrast";
import { recordVersion } from "./versions";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: max <= 200 ? "tooLongShort" : "tooLong" })
    .default("");

/** Who answers members' questions: every field may stay empty (the contact page then says to ask the beheerder). */
export const helpdeskSchema = z.object({
  helpdeskName: optionalText(120),
  helpdeskEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, { error: "tooLongShort" })
    .default("")
    .refine((value) => value === "" || z.email().safeParse(value).success, { error: "email" }),
  helpdeskPhone: optionalText(40).refine((value) => value === "" || /^\+?[0-9 ()-]{6,40}$/.test(value), {
    error: "phone",
  }),
  helpdeskHours: optionalText(500),
  version: recordVersion(),
});
export type HelpdeskInput = z.infer<typeof helpdeskSchema>;

/**
 * The gemeente's colour as #rrggbb, or null for Impactkoers's own. Refused when white text on it, or it as text on
 * white, would not meet WCAG AA (4.5:1).
 */
export const brandColourSchema = z.object({
  brandColour: z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      if (value === "") return null;
      const hex = normaliseHex(value);
      if (!hex) {
        ctx.addIssue({ code: "custom", message: "colourFormat" });
        return z.NEVER;
      }
      if (!meetsContrastWithWhite(hex)) {
        ctx.addIssue({ code: "custom", message: "colourContrast" });
        return z.NEVER;
      }
      return hex;
    }),
  version: recordVersion(),
});
export type BrandColourInput = z.infer<typeof brandColourSchema>;

/** The logo the form was opened with: its stamp (milliseconds of its upload), or empty when there was none. */
export const logoStampSchema = z.object({
  logoStamp: z
    .string()
    .default("")
    .refine((value) => value === "" || /^\d{1,15}$/.test(value), { error: "versionMissing" })
    .transform((value) => (value === "" ? null : Number(value))),
});
export type LogoStampInput = z.infer<typeof logoStampSchema>;
