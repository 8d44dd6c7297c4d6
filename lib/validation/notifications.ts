import { z } from "zod";
import { EMAIL_MODES } from "../domain/constants";
import { recordVersion } from "./versions";

/** How a person gets their notifications, with the version of their settings the form was opened on. */
export const notificationSettingsSchema = z.object({
  emailMode: z.enum(EMAIL_MODES, { error: "emailModeRequired" }),
  version: recordVersion(),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;
