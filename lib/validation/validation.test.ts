import { describe, expect, it } from "vitest";
import { INTAKE_QUESTIONS } from "../domain/intake";
import { changePasswordSchema } from "./account";
import { activityFilterSchema } from "./activity";
import { safeCallbackPath, signInSchema } from "./auth";
import { parseForm, submittedValues } from "./form";
import { partnerOrganisationSchema } from "./partners";
import { indicatorSchema, programmeSchema } from "./programmes";
import { reflectionSessionSchema } from "./reflections";
import { decisionSchema, intakeAnswersFrom, parseIntake, roadmapStepSchema } from "./routes";
import { changeRoleSchema, createUserSchema } from "./users";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

describe("parseForm", () => {
  it("returns message keys per field and the submitted values, without passwords", () => {
    const result = parseForm(signInSchema, form({ email: "  niet-een-adres ", password: "" }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors).toEqual({ email: ["email"], password: ["required"] });
    expect(result.values).toEqual({ email: "  niet-een-adres " });
  });

  it("drops React's internal action fields", () => {
    expect(submittedValues(form({ $ACTION_ID_abc: "", name: "Anna" }))).toEqual({ name: "Anna" });
  });
});

describe("sign-in", () => {
  it("normalises the e-mail address", () => {
    const result = parseForm(signInSchema, form({ email: " Beheerder@Voorbeeld.Example ", password: "x" }));
    expect(result).toMatchObject({ success: true, data: { email: "beheerder@voorbeeld.example" } });
  });

  it("only follows callback paths inside the app", () => {
    expect(safeCallbackPath("/admin/users")).toBe("/admin/users");
    expect(safeCallbackPath("//evil.example/")).toBe("/");
    expect(safeCallbackPath("https://evil.example/")).toBe("/");
    expect(safeCallbackPath("https://evil.example//other.example")).toBe("/");
    expect(safeCallbackPath("http://localhost:3000/admin/users?x=1")).toBe("/admin/users?x=1");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("/login")).toBe("/");
    expect(safeCallbackPath(undefined)).toBe("/");
  });
});

describe("users", () => {
  it("requires name, a valid e-mail and a known role", () => {
    const result = parseForm(createUserSchema, form({ name: " ", email: "x", role: "koning" }));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.fieldErrors).toEqual({ name: ["required"], email: ["email"], role: ["role"] });
  });

  it("requires a partner organisation for a partner, and only for a partner", () => {
    const missing = parseForm(createUserSchema, form({ name: "Piet", email: "p@x.example", role: "partner" }));
    expect(missing).toMatchObject({ success: false, fieldErrors: { partnerOrganisationId: ["partnerRequired"] } });

    const teamlid = parseForm(
      createUserSchema,
      form({ name: "Piet", email: "p@x.example", role: "teamlid", partnerOrganisationId: "3" }),
    );
    expect(teamlid).toMatchObject({ success: true, data: { role: "teamlid", partnerOrganisationId: null } });

    const partner = parseForm(changeRoleSchema, form({ role: "partner", partnerOrganisationId: "3", version: "2" }));
    expect(partner).toMatchObject({ success: true, data: { role: "partner", partnerOrganisationId: 3, version: 2 } });
  });

  it("refuses an id that is not a whole number", () => {
    const result = parseForm(changeRoleSchema, form({ role: "partner", partnerOrganisationId: "1; drop" }));
    expect(result).toMatchObject({ success: false, fieldErrors: { partnerOrganisationId: ["invalid"] } });
  });
});

describe("partner organisations", () => {
  it("requires a name and limits its length", () => {
    expect(parseForm(partnerOrganisationSchema, form({ name: "" }))).toMatchObject({
      success: false,
      fieldErrors: { name: ["required"] },
    });
    expect(parseForm(partnerOrganisationSchema, form({ name: "a".repeat(121) }))).toMatchObject({
      success: false,
      fieldErrors: { name: ["tooLongShort:120"] },
    });
  });
});

describe("change password", () => {
  it("wants a long enough new password, typed twice the same", () => {
    const result = parseForm(
      changePasswordSchema,
      form({ currentPassword: "oud-wachtwoord", newPassword: "kort", confirmPassword: "anders" }),
    );
    expect(result).toMatchObject({
      success: false,
      fieldErrors: { newPassword: ["passwordTooShort"], confirmPassword: ["passwordsDiffer"] },
    });
  });

  it("refuses the current password as the new one", () => {
    const same = "hetzelfde-wachtwoord";
    const result = parseForm(
      changePasswordSchema,
      form({ currentPassword: same, newPassword: same, confirmPassword: same }),
    );
    expect(result).toMatchObject({ success: false, fieldErrors: { newPassword: ["passwordUnchanged"] } });
  });
});

describe("activity filter", () => {
  it("turns calendar days into an Amsterdam period and ignores junk", () => {
    const result = activityFilterSchema.safeParse({ from: "2026-11-01", to: "2026-11-27", actor: "x", page: "2" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      actorId: undefined,
      action: undefined,
      from: new Date("2026-10-31T23:00:00.000Z"),
      until: new Date("2026-11-27T23:00:00.000Z"),
      page: 2,
    });
  });

  it("says which date is wrong", () => {
    const result = parseForm(activityFilterSchema, form({ from: "2026-11-31", to: "2026-11-01" }));
    expect(result).toMatchObject({ success: false, fieldErrors: { from: ["date"] } });
    const order = parseForm(activityFilterSchema, form({ from: "2026-11-20", to: "2026-11-01" }));
    expect(order).toMatchObject({ success: false, fieldErrors: { to: ["dateOrder"] } });
  });
});

describe("route decision", () => {
  it("requires a rationale and a known route, and a second route different from the first", () => {
    const empty = parseForm(decisionSchema, form({ primaryRoute: "klein-en-krachtig", rationale: "  " }));
    expect(empty).toMatchObject({ success: false, fieldErrors: { rationale: ["rationaleRequired"] } });
    const unknown = parseForm(decisionSchema, form({ primaryRoute: "route-6", rationale: "x" }));
    expect(unknown).toMatchObject({ success: false, fieldErrors: { primaryRoute: ["route"] } });
    const same = parseForm(
      decisionSchema,
      form({ primaryRoute: "training", secondaryRoute: "training", rationale: "x" }),
    );
    expect(same).toMatchObject({ success: false, fieldErrors: { secondaryRoute: ["secondRouteSame"] } });
    const none = parseForm(decisionSchema, form({ primaryRoute: "training", secondaryRoute: "", rationale: "x" }));
    expect(none).toMatchObject({ success: true, data: { secondaryRoute: null } });
  });

  it("keeps only valid intake answers", () => {
    expect(intakeAnswersFrom({ q_embrace: "breed", q_means: "onzin", other: "x" })).toEqual({ embrace: "breed" });
    expect(intakeAnswersFrom({})).toBeNull();
  });

  it("names every unanswered intake question", () => {
    const result = parseIntake({ q_embrace: "breed" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.fieldErrors)).toHaveLength(INTAKE_QUESTIONS.length - 1);
    expect(result.fieldErrors.q_embrace).toBeUndefined();
    expect(result.answers).toEqual({ embrace: "breed" });
  });
});

describe("roadmap step", () => {
  it("checks the date and keeps the notes", () => {
    const result = parseForm(roadmapStepSchema, form({ status: "bezig", dueDate: "2027-02-30", notes: "n" }));
    expect(result).toMatchObject({ success: false, fieldErrors: { dueDate: ["date"] }, values: { notes: "n" } });
    const ok = parseForm(roadmapStepSchema, form({ status: "klaar", dueDate: "", ownerId: "", version: "4" }));
    expect(ok).toMatchObject({ success: true, data: { status: "klaar", dueDate: null, ownerId: null, version: 4 } });
  });

  it("keeps a due date between 1900 and 2100", () => {
    const late = parseForm(roadmapStepSchema, form({ status: "bezig", dueDate: "9999-12-31", version: "1" }));
    expect(late).toMatchObject({ success: false, fieldErrors: { dueDate: ["dateRange"] } });
  });

  it("refuses an edit without the version it was opened on, beside the other problems", () => {
    for (const version of [undefined, "", "0", "3x"]) {
      const result = parseForm(
        roadmapStepSchema,
        form({ status: "klaar", dueDate: "2027-02-30", ...(version === undefined ? {} : { version }) }),
      );
      expect(result).toMatchObject({ success: false, fieldErrors: { dueDate: ["date"], version: ["versionMissing"] } });
    }
  });
});

describe("reflection session", () => {
  it("is held on a real day between 1900 and 2100", () => {
    for (const heldOn of ["1800-01-01", "9999-12-31"]) {
      const result = parseForm(reflectionSessionSchema, form({ title: "Terugblik", heldOn }));
      expect(result).toMatchObject({ success: false, fieldErrors: { heldOn: ["dateRange"] }, values: { heldOn } });
    }
    expect(parseForm(reflectionSessionSchema, form({ title: "Terugblik", heldOn: "2026-11-30" }))).toMatchObject({
      success: true,
      data: { heldOn: "2026-11-30" },
    });
  });
});

describe("programme", () => {
  const valid = {
    name: "Pilot",
    kind: "pilot",
    societalChallenge: "Eenzaamheid",
    ownerId: "3",
    status: "lopend",
  };

  it("names every problem at once, also those across fields", () => {
    const result = parseForm(
      programmeSchema,
      form({ ...valid, name: "", startDate: "2027-03-01", endDate: "2027-01-01", budget: "-5" }),
    );
    expect(result).toMatchObject({
      success: false,
      fieldErrors: { name: ["required"], endDate: ["endBeforeStart"], budget: ["notNegative"] },
    });
  });

  it("reads a Dutch budget into cents and collects the team", () => {
    const data = new FormData();
    for (const [key, value] of Object.entries({ ...valid, budget: "12.500,50" })) data.append(key, value);
    data.append("teamMemberIds", "4");
    data.append("teamMemberIds", "7");
    const result = parseForm(programmeSchema, data);
    expect(result).toMatchObject({
      success: true,
      data: { budgetCents: 1250050, teamMemberIds: [4, 7], partnerIds: [] },
    });
  });

  it("asks for both halves of a baseline and a target after it", () => {
    const indicator = {
      name: "Deelnemers",
      unit: "aantal",
      direction: "hoger",
      frequency: "maandelijks",
      contribution: "direct",
    };
    const half = parseForm(indicatorSchema, form({ ...indicator, baselineValue: "12" }));
    expect(half).toMatchObject({ success: false, fieldErrors: { baselineDate: ["baselinePair"] } });
    const early = parseForm(
      indicatorSchema,
      form({
        ...indicator,
        baselineValue: "12",
        baselineDate: "2026-06-01",
        targetValue: "40",
        targetDate: "2026-01-01",
      }),
    );
    expect(early).toMatchObject({ success: false, fieldErrors: { targetDate: ["targetAfterBaseline"] } });
  });
});

describe("cross-field rules alongside other mistakes", () => {
  it("asks for the partner organisation even when the name is missing too", () => {
    const result = parseForm(createUserSchema, form({ name: "", email: "p@x.example", role: "partner" }));
    expect(result).toMatchObject({
      success: false,
      fieldErrors: { name: ["required"], partnerOrganisationId: ["partnerRequired"] },
    });
  });
});
