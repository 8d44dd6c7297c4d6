import { z } from "zod";
import { LOCALES } from "../domain/constants";
import { evenWhenOtherFieldsFail, newPassword } from "./fields";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "required" }).min(1, { error: "required" }),
    newPassword: newPassword(),
    confirmPassword: z.string({ error: "required" }).min(1, { error: "required" }),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword && value.newPassword !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwordsDiffer" });
    }
    if (value.newPassword && value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
    }
  }, evenWhenOtherFieldsFail);
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const localeSchema = z.object({ locale: z.enum(LOCALES, { error: "invalid" }) });
