import { describe, expect, it } from "vitest";
import { parseForm } from "./form";
import { programmeEditSchema } from "./programmes";

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

const programme = { name: "Pilot", kind: "pilot", societalChallenge: "Eenzaamheid", ownerId: "3", status: "lopend" };

describe("the edit variant of a form", () => {
  it("keeps what the form's own schema makes of the fields, and adds the version", () => {
    const result = parseForm(programmeEditSchema, form({ ...programme, budget: "1.250,5", version: "7" }));
    expect(result).toMatchObject({ success: true, data: { name: "Pilot", budgetCents: 125050, version: 7 } });
  });

  it("names a missing version beside every other problem, and keeps what was typed", () => {
    const result = parseForm(
      programmeEditSchema,
      form({ ...programme, name: "", endDate: "2026-01-01", startDate: "2026-02-01" }),
    );
    expect(result).toMatchObject({
      success: false,
      fieldErrors: { name: ["required"], endDate: ["endBeforeStart"], version: ["versionMissing"] },
      values: { societalChallenge: "Eenzaamheid" },
    });
  });
});
