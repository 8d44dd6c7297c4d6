import { describe, expect, it } from "vitest";
import { encodeCursor, parseListQuery, parseMoment } from "./api-resources";

const NOW = Date.parse("2026-05-10T10:00:00Z");
const query = (search: string) => parseListQuery("programmes", new URLSearchParams(search), NOW);

describe("a list request of the read API", () => {
  it("reads the first page of everything by default", () => {
    expect(query("")).toEqual({
      ok: true,
      query: { resource: "programmes", pageSize: 100, since: null, until: NOW, page: 1, after: null },
    });
  });

  it("takes a page size up to 500 and a moment with a time zone", () => {
    expect(query("page_size=500&changed_since=2026-05-01T10:00:00%2B02:00")).toMatchObject({
      ok: true,
      query: { pageSize: 500, since: Date.parse("2026-05-01T08:00:00Z") },
    });
    expect(parseMoment("2026-05-01T08:00:00.123Z")).toBe(Date.parse("2026-05-01T08:00:00.123Z"));
    expect(parseMoment("2026-05-01T08:00:00")).toBeNull();
    expect(parseMoment("2026-05-01")).toBeNull();
    expect(parseMoment("2026-13-01T08:00:00Z")).toBeNull();
  });

  it("refuses what it does not know, naming the parameter", () => {
    expect(query("changedSince=2026-05-01T10:00:00Z")).toEqual({
      ok: false,
      problem: { code: "unknown_parameter", parameter: "changedSince" },
    });
    for (const size of ["0", "501", "1.5", "tien", ""]) {
      expect(query(`page_size=${size}`)).toMatchObject({ ok: false, problem: { code: "invalid_page_size" } });
    }
    expect(query("changed_since=gisteren")).toMatchObject({ ok: false, problem: { code: "invalid_changed_since" } });
    expect(query("cursor=abc")).toMatchObject({ ok: false, problem: { code: "invalid_cursor" } });
  });

  it("continues from a cursor that carries the whole query, only for its own collection", () => {
    const first = query("page_size=2&changed_since=2026-05-01T00:00:00Z");
    if (!first.ok) throw new Error("expected a query");
    const cursor = encodeCursor(first.query, { modifiedAt: 123, id: 7 });
    expect(query(`cursor=${cursor}&page_size=9`)).toEqual({
      ok: true,
      query: { ...first.query, page: 2, after: { modifiedAt: 123, id: 7 } },
    });
    expect(parseListQuery("lessons", new URLSearchParams({ cursor }), NOW)).toMatchObject({ ok: false });
  });
});
