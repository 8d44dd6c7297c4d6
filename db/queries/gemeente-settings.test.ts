// The gemeente's helpdesk, colour and logo in the data layer, on a copy of the demo database: a save from an older
// version that would overwrite another beheerder's helpdesk is refused with the saved values; a colour without enough
// contrast is refused even when it comes around the form; a logo replaced meanwhile is not replaced or removed unseen.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";

const current = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/viewer", () => ({
  getViewer: async () => current.viewer ?? null,
  requireViewer: async () => {
    if (!current.viewer) throw new Error("no viewer chosen");
    return current.viewer;
  },
}));

const directory = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "gemeente-look-"));
process.env.DATABASE_URL = path.join(directory, "demo.db");

const { runMigrations } = await import("../migrate");
const { seedDemo } = await import("../seed");
const { getDb } = await import("../index");
const { demoViewer } = await import("./demo-viewer");
const settings = await import("./gemeente-settings");

const HELPDESK = { helpdeskName: "Servicedesk", helpdeskEmail: "", helpdeskPhone: "14 020", helpdeskHours: "" };

beforeAll(async () => {
  const db = getDb();
  runMigrations(db);
  await seedDemo(db);
  current.viewer = demoViewer(db, "beheerder@voorbeeld.example");
});

afterAll(() => {
  getDb().$client.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

const events = (action: string) =>
  getDb().$client.prepare("select count(*) from audit_events where action = ?").pluck().get(action) as number;

describe("the gemeente's settings", () => {
  it("saves the helpdesk once, and refuses a save from before another beheerder's with both versions", async () => {
    const { version } = await settings.getGemeenteSettings();
    expect(await settings.setHelpdesk({ ...HELPDESK, version })).toEqual({ ok: true, value: { changed: true } });
    expect(await settings.getHelpdesk()).toMatchObject({ name: "Servicedesk", phone: "14 020" });
    expect(events("organisation.helpdesk_updated")).toBe(1);

    const stale = await settings.setHelpdesk({ ...HELPDESK, helpdeskName: "Andere naam", version });
    expect(stale).toMatchObject({
      ok: false,
      error: "changedMeanwhile",
      conflict: { changed: ["helpdeskName"], saved: { helpdeskName: "Servicedesk" } },
    });
    expect((await settings.getHelpdesk()).name).toBe("Servicedesk");
    expect(events("organisation.helpdesk_updated")).toBe(1);
  });

  it("refuses a colour without enough contrast with white, and does not show one saved around the rule", async () => {
    const { version } = await settings.getGemeenteSettings();
    expect(await settings.setBrandColour({ brandColour: "#ffdd00", version })).toEqual({
      ok: false,
      error: "colourContrast",
      field: "brandColour",
    });
    expect((await settings.getGemeenteLook()).brandColour).toBeNull();
    expect(await settings.setBrandColour({ brandColour: "#8a1538", version })).toMatchObject({ ok: true });
    expect((await settings.getGemeenteLook()).brandColour).toBe("#8a1538");
    getDb().$client.prepare("update organisations set brand_colour = '#eeeeee'").run();
    expect((await settings.getGemeenteLook()).brandColour).toBeNull();
  });

  it("replaces or removes only the logo the form was opened with", async () => {
    const png = Buffer.from("png");
    const first = await settings.setLogo({ png, width: 10, height: 5, logoStamp: null });
    if (!first.ok) throw new Error("not saved");
    expect((await settings.getGemeenteLook()).logo).toEqual({ width: 10, height: 5, stamp: first.value.stamp });
    // A form opened before the first logo.
    expect(await settings.setLogo({ png, width: 1, height: 1, logoStamp: null })).toEqual({
      ok: false,
      error: "logoChangedMeanwhile",
      field: "logo",
    });
    expect(await settings.removeLogo({ logoStamp: first.value.stamp - 1 })).toMatchObject({ ok: false });
    expect(await settings.removeLogo({ logoStamp: first.value.stamp })).toEqual({ ok: true, value: { changed: true } });
    expect(await settings.getLogoPng()).toBeNull();
    expect(events("organisation.logo_changed")).toBe(1);
    expect(events("organisation.logo_removed")).toBe(1);
  });
});
