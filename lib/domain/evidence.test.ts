import { describe, expect, it } from "vitest";
import { findingSchema, studySchema } from "../validation/studies";
import { ASSUMPTION_STATUSES, EVIDENCE_STRENGTHS } from "./constants";
import {
  compareByStrength,
  EVIDENCE_SCALE,
  evidenceRank,
  isInterpreted,
  needsEvidenceStrength,
  safeReportUrl,
  strongestEvidence,
  suggestedAssumptionStatus,
} from "./evidence";

describe("the scale of strength of evidence", () => {
  it("runs from beschreven (1) to sterke aanwijzingen (4), without gaps", () => {
    expect(EVIDENCE_SCALE).toEqual([
      { strength: "beschreven", rank: 1 },
      { strength: "onderbouwd", rank: 2 },
      { strength: "aanwijzingen", rank: 3 },
      { strength: "sterke_aanwijzingen", rank: 4 },
    ]);
    for (const strength of EVIDENCE_STRENGTHS) {
      expect(EVIDENCE_SCALE.find((level) => level.strength === strength)?.rank).toBe(evidenceRank(strength));
    }
  });

  it("sorts the strongest first and a study without a strength last", () => {
    const sorted = [null, "onderbouwd", "sterke_aanwijzingen", "beschreven", "aanwijzingen"] as const;
    expect([...sorted].sort(compareByStrength)).toEqual([
      "sterke_aanwijzingen",
      "aanwijzingen",
      "onderbouwd",
      "beschreven",
      null,
    ]);
    expect(strongestEvidence(["beschreven", null, "aanwijzingen"])).toBe("aanwijzingen");
    expect(strongestEvidence([null, null])).toBeNull();
    expect(strongestEvidence([])).toBeNull();
  });

  it("is needed once a study is finished, not before", () => {
    expect(needsEvidenceStrength("afgerond")).toBe(true);
    expect(needsEvidenceStrength("lopend")).toBe(false);
    expect(needsEvidenceStrength("gepland")).toBe(false);
  });
});

describe("the status a verdict suggests for an assumption", () => {
  it("refutes on weerspreekt and confirms on ondersteunt", () => {
    expect(suggestedAssumptionStatus("weerspreekt", "ongetoetst")).toBe("weerlegd");
    expect(suggestedAssumptionStatus("weerspreekt", "bevestigd")).toBe("weerlegd");
    expect(suggestedAssumptionStatus("ondersteunt", "in_onderzoek")).toBe("bevestigd");
    expect(suggestedAssumptionStatus("ondersteunt", "weerlegd")).toBe("bevestigd");
  });

  it("unsettles a settled assumption on niet eenduidig, and keeps an open one under study", () => {
    expect(suggestedAssumptionStatus("niet_eenduidig", "bevestigd")).toBe("deels_bevestigd");
    expect(suggestedAssumptionStatus("niet_eenduidig", "weerlegd")).toBe("deels_bevestigd");
    expect(suggestedAssumptionStatus("niet_eenduidig", "ongetoetst")).toBe("in_onderzoek");
  });

  it("suggests nothing when the assumption already has that status", () => {
    expect(suggestedAssumptionStatus("weerspreekt", "weerlegd")).toBeNull();
    expect(suggestedAssumptionStatus("ondersteunt", "bevestigd")).toBeNull();
    expect(suggestedAssumptionStatus("niet_eenduidig", "in_onderzoek")).toBeNull();
    expect(suggestedAssumptionStatus("niet_eenduidig", "deels_bevestigd")).toBe("in_onderzoek");
  });

  it("never suggests the current status for any combination", () => {
    for (const verdict of ["ondersteunt", "weerspreekt", "niet_eenduidig"] as const) {
      for (const current of ASSUMPTION_STATUSES) {
        expect(suggestedAssumptionStatus(verdict, current)).not.toBe(current);
      }
    }
  });
});

describe("a finding's duiding", () => {
  it("counts only when something other than white space was written", () => {
    expect(isInterpreted({ interpretation: "" })).toBe(false);
    expect(isInterpreted({ interpretation: "  \n " })).toBe(false);
    expect(isInterpreted({ interpretation: "We passen de werving aan." })).toBe(true);
  });
});

describe("safe report links", () => {
  it("keeps http and https addresses", () => {
    expect(safeReportUrl("https://www.voorbeeld.nl/rapport.pdf")).toBe("https://www.voorbeeld.nl/rapport.pdf");
    expect(safeReportUrl("  http://intranet.voorbeeld.nl/a?b=c#d ")).toBe("http://intranet.voorbeeld.nl/a?b=c#d");
    expect(safeReportUrl("HTTPS://Voorbeeld.NL")).toBe("https://voorbeeld.nl/");
  });

  it("refuses anything that could run script or hide where it goes", () => {
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(document.cookie)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://voorbeeld.nl/rapport.pdf",
      "//voorbeeld.nl/rapport.pdf",
      "/rapport.pdf",
      "www.voorbeeld.nl/rapport.pdf",
      "https://",
      "https://user:secret@voorbeeld.nl/",
      "https://voorbeeld.nl/met spatie",
      "",
      `https://voorbeeld.nl/${"a".repeat(2000)}`,
    ]) {
      expect(safeReportUrl(bad), bad).toBeNull();
    }
  });
});

describe("the study form", () => {
  const valid = {
    title: "Interviews met deelnemers",
    researchQuestion: "Waarom haken deelnemers af?",
    method: "kwalitatief",
    status: "lopend",
    ownerId: "3",
  };

  it("refuses a javascript: report link beside its own field and keeps the rest valid", () => {
    const result = studySchema.safeParse({
      ...valid,
      "reportTitle-0": "Verslag",
      "reportUrl-0": "https://www.voorbeeld.nl/verslag.pdf",
      "reportTitle-1": "Kwaadaardig",
      "reportUrl-1": "javascript:alert(1)",
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths).toEqual([["reportUrl-1", "reportUrl"]]);
  });

  it("keeps filled-in report rows in order and skips empty ones", () => {
    const result = studySchema.parse({
      ...valid,
      "reportTitle-0": "",
      "reportUrl-0": "",
      "reportTitle-1": " Eindrapport ",
      "reportUrl-1": "https://www.voorbeeld.nl/eind.pdf",
    });
    expect(result.reports).toEqual([{ title: "Eindrapport", url: "https://www.voorbeeld.nl/eind.pdf" }]);
    expect(result.evidenceStrength).toBeNull();
    expect(result).not.toHaveProperty("reportTitle-1");
  });

  it("asks for the strength of evidence of a finished study and a title for every link", () => {
    const result = studySchema.safeParse({ ...valid, status: "afgerond", "reportUrl-0": "https://voorbeeld.nl/" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["evidenceStrength", "strengthWhenDone"],
      ["reportTitle-0", "reportTitleRequired"],
    ]);
  });
});

describe("the finding form", () => {
  it("turns the verdict selects into links and leaves out what is not linked", () => {
    const result = findingSchema.parse({
      title: "Mannen haken af",
      description: "Na twee maanden komt een derde van de mannen niet meer.",
      "verdict-a-4": "weerspreekt",
      "verdict-a-5": "",
      "verdict-h-2": "niet_eenduidig",
    });
    expect(result.interpretation).toBe("");
    expect(result.links).toEqual([
      { hypothesisId: null, assumptionId: 4, verdict: "weerspreekt" },
      { hypothesisId: 2, assumptionId: null, verdict: "niet_eenduidig" },
    ]);
  });

  it("refuses a verdict that does not exist", () => {
    const result = findingSchema.safeParse({ title: "x", description: "y", "verdict-a-4": "misschien" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["verdict-a-4"]);
  });
});
