import { describe, expect, it } from "vitest";
import { appUrl, notifyTiming, smtpSettings } from "./notify-config";

describe("the e-mail settings", () => {
  it("need a host and a sender; the port follows from SMTP_SECURE unless given", () => {
    expect(smtpSettings({})).toBeNull();
    expect(smtpSettings({ SMTP_HOST: "mail.example" })).toBeNull();
    expect(smtpSettings({ SMTP_HOST: " mail.example ", SMTP_FROM: "ik@example" })).toEqual({
      host: "mail.example",
      port: 587,
      secure: false,
      user: undefined,
      password: undefined,
      from: "ik@example",
    });
    expect(
      smtpSettings({ SMTP_HOST: "m", SMTP_FROM: "f", SMTP_SECURE: "true", SMTP_USER: "u", SMTP_PASSWORD: "p" }),
    ).toMatchObject({ port: 465, secure: true, user: "u", password: "p" });
    expect(smtpSettings({ SMTP_HOST: "m", SMTP_FROM: "f", SMTP_PORT: "2626" })?.port).toBe(2626);
  });

  it("write links from APP_URL, else from the local port", () => {
    expect(appUrl({ APP_URL: "https://impactkoers.zuidstad.nl/" })).toBe("https://impactkoers.zuidstad.nl");
    expect(appUrl({ PORT: "3204" })).toBe("http://localhost:3204");
  });

  it("take intervals from the environment, with defaults for anything missing or wrong", () => {
    expect(notifyTiming({ NOTIFY_POLL_MS: "200", NOTIFY_MAX_ATTEMPTS: "nul" })).toMatchObject({
      pollMs: 200,
      maxAttempts: 8,
      summaryHour: 7,
    });
  });
});
