import { describe, expect, it } from "vitest";
import { printOrigin } from "./print-origin";

describe("printOrigin", () => {
  it("prints from this server on loopback, at its port", () => {
    expect(printOrigin({ PORT: "3100" })).toBe("http://127.0.0.1:3100");
    expect(printOrigin({})).toBe("http://127.0.0.1:3000");
  });

  it("ignores a port that cannot be right", () => {
    expect(printOrigin({ PORT: "99999" })).toBe("http://127.0.0.1:3000");
    expect(printOrigin({ PORT: "drieduizend" })).toBe("http://127.0.0.1:3000");
  });
});
