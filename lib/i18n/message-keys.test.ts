import { describe, expect, it } from "vitest";
import nl from "../../messages/nl.json";
import { messageKeys } from "./message-keys";

describe("messageKeys", () => {
  it("gives the keys of a group in the order of the messages file", () => {
    expect(messageKeys(nl, "privacy.rows")).toEqual(Object.keys(nl.privacy.rows));
    expect(messageKeys(nl, "privacy.rows").length).toBeGreaterThan(2);
    expect(messageKeys({ a: { b: { second: "2", first: "1" } } }, "a.b")).toEqual(["second", "first"]);
  });

  it("gives none for a single message or a path that is not there", () => {
    expect(messageKeys(nl, "privacy.title")).toEqual([]);
    expect(messageKeys(nl, "privacy.nothing.here")).toEqual([]);
  });

  it("reads compiled messages as well: a compiled message is an array, not a group", () => {
    expect(messageKeys({ a: { one: ["Hallo ", ["name"]], two: "Dag" } }, "a")).toEqual(["one", "two"]);
    expect(messageKeys({ a: { one: ["Hallo ", ["name"]] } }, "a.one")).toEqual([]);
  });
});
