import { describe, expect, it } from "vitest";
import {
  ATTENTION_TOLERANCE,
  assessIndicator,
  expectedValueOn,
  type IndicatorInput,
  ON_TRACK_TOLERANCE,
} from "./indicator-status";

// 2026-01-01 to 2026-04-11 is exactly 100 days, so on 2026-03-02 (day 60) the path is 60% of the way.
const higher: IndicatorInput = {
  direction: "hoger",
  baselineValue: 0,
  baselineDate: "2026-01-01",
  targetValue: 100,
  targetDate: "2026-04-11",
  measurements: [],
};
const lower: IndicatorInput = { ...higher, direction: "lager", baselineValue: 100, targetValue: 0 };

function at(input: IndicatorInput, measuredOn: string, value: number) {
  return assessIndicator({ ...input, measurements: [{ measuredOn, value }] });
}

describe("the tolerances", () => {
  it("are a tenth and a quarter of the way", () => {
    expect(ON_TRACK_TOLERANCE).toBe(0.1);
    expect(ATTENTION_TOLERANCE).toBe(0.25);
  });
});

describe("an indicator where higher is better", () => {
  it("exactly on the path is on track, with the expected value and both shares", () => {
    expect(at(higher, "2026-03-02", 60)).toEqual({
      status: "op_koers",
      latest: { measuredOn: "2026-03-02", value: 60 },
      expected: 60,
      progress: 0.6,
      expectedProgress: 0.6,
    });
  });

  it("is on track up to a tenth of the way behind, and needs attention just beyond", () => {
    expect(at(higher, "2026-03-02", 50).status).toBe("op_koers");
    expect(at(higher, "2026-03-02", 50.5).status).toBe("op_koers");
    expect(at(higher, "2026-03-02", 49.5).status).toBe("aandacht");
  });

  it("needs attention up to a quarter of the way behind, and is off track just beyond", () => {
    expect(at(higher, "2026-03-02", 35).status).toBe("aandacht");
    expect(at(higher, "2026-03-02", 35.5).status).toBe("aandacht");
    expect(at(higher, "2026-03-02", 34.5).status).toBe("uit_koers");
  });

  it("is on track when the target is reached early, or passed", () => {
    expect(at(higher, "2026-01-31", 100)).toMatchObject({ status: "op_koers", progress: 1, expectedProgress: 0.3 });
    expect(at(higher, "2026-01-31", 130)).toMatchObject({ status: "op_koers", progress: 1.3 });
  });

  it("is off track when it clearly moves the wrong way", () => {
    expect(at(higher, "2026-03-02", -5)).toMatchObject({ status: "uit_koers", progress: -0.05 });
  });

  it("is never on track when worse than the baseline, but a small early step back needs attention only", () => {
    // Five days in, the path is 5% of the way: 2% behind the baseline is close to the path, yet worse than the start.
    expect(at(higher, "2026-01-06", -2).status).toBe("aandacht");
    expect(at(higher, "2026-01-06", 3).status).toBe("op_koers");
    expect(at(higher, "2026-01-06", -21).status).toBe("uit_koers");
  });

  it("judges measurements from before the baseline date against the baseline itself", () => {
    expect(at(higher, "2025-12-01", 5)).toMatchObject({ status: "op_koers", expected: 0, expectedProgress: 0 });
    expect(at(higher, "2025-12-01", -5).status).toBe("aandacht");
  });

  it("expects the full target after the target date", () => {
    expect(at(higher, "2026-06-01", 80)).toMatchObject({ status: "aandacht", expected: 100, expectedProgress: 1 });
    expect(at(higher, "2026-06-01", 74).status).toBe("uit_koers");
  });

  it("holds its boundaries with values that are not round", () => {
    const input = { ...higher, baselineValue: 12.3, targetValue: 14.8 };
    // 60% expected; a tenth behind is 50% of the 2.5 way = 13.55.
    expect(at(input, "2026-03-02", 13.55).status).toBe("op_koers");
    expect(at(input, "2026-03-02", 13.54).status).toBe("aandacht");
  });

  it("counts a value exactly on a boundary as the better status, even where the arithmetic is inexact", () => {
    // 0.4 − 0.3 and 0.54 − 0.29 come out a hair above 0.1 and 0.25 in floating point.
    expect(at(higher, "2026-02-10", 30).status).toBe("op_koers");
    expect(at(higher, "2026-02-24", 29).status).toBe("aandacht");
  });
});

describe("an indicator where lower is better", () => {
  it("exactly on the path is on track", () => {
    expect(at(lower, "2026-03-02", 40)).toMatchObject({ status: "op_koers", expected: 40, progress: 0.6 });
  });

  it("is on track up to a tenth of the way behind, and needs attention just beyond", () => {
    expect(at(lower, "2026-03-02", 50).status).toBe("op_koers");
    expect(at(lower, "2026-03-02", 49.5).status).toBe("op_koers");
    expect(at(lower, "2026-03-02", 50.5).status).toBe("aandacht");
  });

  it("needs attention up to a quarter of the way behind, and is off track just beyond", () => {
    expect(at(lower, "2026-03-02", 65).status).toBe("aandacht");
    expect(at(lower, "2026-03-02", 65.5).status).toBe("uit_koers");
  });

  it("is on track when the target is reached early", () => {
    expect(at(lower, "2026-01-31", 0).status).toBe("op_koers");
    expect(at(lower, "2026-01-31", -10)).toMatchObject({ status: "op_koers", progress: 1.1 });
  });

  it("is off track when the value rises", () => {
    expect(at(lower, "2026-03-02", 110)).toMatchObject({ status: "uit_koers", progress: -0.1 });
  });
});

describe("when the status cannot be judged", () => {
  const measurements = [{ measuredOn: "2026-03-02", value: 60 }];

  it("has no data without measurements", () => {
    expect(assessIndicator(higher)).toEqual({
      status: "geen_gegevens",
      latest: null,
      expected: null,
      progress: null,
      expectedProgress: null,
    });
  });

  it.each([
    ["baselineValue", null],
    ["baselineDate", null],
    ["targetValue", null],
    ["targetDate", null],
    ["baselineDate", "2026-02-30"],
  ] as const)("has no data when %s is %s, but still shows the latest measurement", (field, value) => {
    expect(assessIndicator({ ...higher, measurements, [field]: value })).toEqual({
      status: "geen_gegevens",
      latest: { measuredOn: "2026-03-02", value: 60 },
      expected: null,
      progress: null,
      expectedProgress: null,
    });
  });

  it("has no data when the target equals the baseline", () => {
    expect(assessIndicator({ ...higher, targetValue: 0, measurements }).status).toBe("geen_gegevens");
  });

  it("has no data when the target contradicts the direction", () => {
    expect(assessIndicator({ ...higher, direction: "lager", measurements }).status).toBe("geen_gegevens");
    expect(assessIndicator({ ...lower, direction: "hoger", measurements }).status).toBe("geen_gegevens");
  });
});

describe("which measurement counts", () => {
  it("is the latest by date, whatever the order given", () => {
    const result = assessIndicator({
      ...higher,
      measurements: [
        { measuredOn: "2026-03-02", value: 60 },
        { measuredOn: "2026-01-15", value: 5 },
        { measuredOn: "2026-02-01", value: 31 },
      ],
    });
    expect(result.latest).toEqual({ measuredOn: "2026-03-02", value: 60 });
    expect(result.status).toBe("op_koers");
  });

  it("of two on the same date, is the last one given", () => {
    const result = assessIndicator({
      ...higher,
      measurements: [
        { measuredOn: "2026-03-02", value: 60 },
        { measuredOn: "2026-03-02", value: 20 },
        { measuredOn: "2026-01-15", value: 90 },
      ],
    });
    expect(result.latest).toEqual({ measuredOn: "2026-03-02", value: 20 });
    expect(result.status).toBe("uit_koers");
  });
});

describe("a target date on or before the baseline date", () => {
  const backwards = { ...higher, baselineDate: "2026-04-11", targetDate: "2026-01-01" };

  it("expects the full target from the baseline date on, without dividing by zero", () => {
    expect(at(backwards, "2026-05-01", 80)).toMatchObject({ status: "aandacht", expectedProgress: 1, expected: 100 });
    expect(at({ ...higher, targetDate: "2026-01-01" }, "2026-01-01", 95)).toMatchObject({
      status: "op_koers",
      expectedProgress: 1,
    });
  });

  it("expects nothing yet before the baseline date", () => {
    expect(at(backwards, "2026-03-01", 0)).toMatchObject({ status: "op_koers", expectedProgress: 0 });
    expect(expectedValueOn(backwards, "2026-03-01")).toBe(0);
    expect(expectedValueOn(backwards, "2026-04-11")).toBe(100);
  });
});

describe("the straight path for the chart", () => {
  it("runs from baseline to target", () => {
    expect(expectedValueOn(higher, "2026-01-01")).toBe(0);
    expect(expectedValueOn(higher, "2026-03-02")).toBe(60);
    expect(expectedValueOn(lower, "2026-03-02")).toBe(40);
    expect(expectedValueOn(higher, "2026-04-11")).toBe(100);
  });

  it("stays at the baseline before the baseline date and at the target after the target date", () => {
    expect(expectedValueOn(higher, "2025-06-01")).toBe(0);
    expect(expectedValueOn(higher, "2027-06-01")).toBe(100);
    expect(expectedValueOn(lower, "2025-06-01")).toBe(100);
    expect(expectedValueOn(lower, "2027-06-01")).toBe(0);
  });

  it("is absent without a full baseline and target, or for a day that does not exist", () => {
    expect(expectedValueOn({ ...higher, targetDate: null }, "2026-03-02")).toBeNull();
    expect(expectedValueOn({ ...higher, baselineValue: null }, "2026-03-02")).toBeNull();
    expect(expectedValueOn(higher, "2026-02-30")).toBeNull();
  });
});
