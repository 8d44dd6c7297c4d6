import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type MarkdownLabels, PageMarkdown } from "@/components/pages/markdown";
import { excerptOf, markdownExcerpt, markdownPlainText } from "./page-markdown";

const labels: MarkdownLabels = {
  footnotes: "Voetnoten",
  footnoteBack: (number) => `Terug naar voetnoot ${number}`,
  taskDone: "afgevinkt",
  taskOpen: "niet afgevinkt",
  image: "Afbeelding",
  table: "Tabel",
};

/** The names of all attributes on the tags of some HTML. */
const tagAttributes = (html: string) =>
  [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) => [...tag[0].matchAll(/\s([a-z-]+)=/gi)].map((m) => m[1] ?? ""));

/** Every href and src value in some HTML. */
const addresses = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/gi)].map((m) => m[1]);

const render = (markdown: string) => renderToStaticMarkup(createElement(PageMarkdown, { labels, markdown }));

describe("PageMarkdown", () => {
  it("renders Markdown with GitHub extensions, headings one level below the page title", () => {
    const html = render(
      "# Afspraken\n\nWe **beginnen** om [negen uur](https://example.nl/rooster).\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(html).toContain("<h2>Afspraken</h2>");
    expect(html).toContain("<strong>beginnen</strong>");
    expect(html).toContain('<a href="https://example.nl/rooster">negen uur</a>');
    expect(html).toContain("<table");
    expect(html).not.toContain("<h1");
  });

  it("shows raw HTML as text and never renders it", () => {
    const html = render(
      '<script>alert(1)</script>\n\nTekst met <img src=x onerror="alert(2)"> en <a href="javascript:alert(3)">link</a>.',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(tagAttributes(html).filter((name) => name.startsWith("on"))).toEqual([]);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  });

  it("leaves no unsafe link or image address", () => {
    const html = render(
      [
        "[klik](javascript:alert(1))",
        "[hoofd](JAVASCRIPT:alert(1))",
        "[tab](java\tscript:alert(1))",
        "[entiteit](jav&#x09;ascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
        "[vb](vbscript:msgbox(1))",
        "![plaatje](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[ref]",
        "",
        "[ref]: javascript:alert(1)",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<img/i);
    // Every link that is left has no address at all; the unsafe ones may only show up as text.
    expect(html.match(/<a[\s>]/g)?.length).toBeGreaterThanOrEqual(7);
    expect(addresses(html)).toEqual([]);
    expect(html).toContain("<a>klik</a>");
  });

  it("keeps safe links and shows images as links instead of loading them", () => {
    const html = render("[pagina](/pages/3) [mail](mailto:team@gemeente.nl)\n\n![Rooster](https://example.nl/r.png)");
    expect(html).toContain('href="/pages/3"');
    expect(html).toContain('href="mailto:team@gemeente.nl"');
    expect(html).toContain('<a href="https://example.nl/r.png">Afbeelding: Rooster</a>');
    expect(html).not.toMatch(/<img/i);
  });

  it("labels task list boxes and keeps footnote links working", () => {
    const html = render("- [x] klaar\n- [ ] open\n\nTekst[^1]\n\n[^1]: Bron");
    const boxes = html.match(/<input[^>]*>/g) ?? [];
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toContain('aria-label="afgevinkt"');
    expect(boxes[0]).toContain('checked=""');
    expect(boxes[1]).toContain('aria-label="niet afgevinkt"');
    expect(boxes[1]).not.toContain("checked");
    const target = /href="#(user-content-fn-1)"/.exec(html)?.[1];
    expect(target).toBeDefined();
    expect(html).toContain(`id="${target}"`);
    expect(html).toContain("Voetnoten");
    expect(html).toContain('aria-label="Terug naar voetnoot 1"');
  });

  it("keeps a typed new line as a line break when asked, as a plain text reads", () => {
    const text = "Eerste regel\nTweede regel";
    expect(render(text)).not.toContain("<br");
    const html = renderToStaticMarkup(createElement(PageMarkdown, { labels, markdown: text, lineBreaks: true }));
    expect(html).toContain("Eerste regel<br/>");
  });
});

describe("markdownPlainText", () => {
  it("gives the words without the syntax, blocks kept apart", () => {
    expect(markdownPlainText("## Kop\n\nDit is **vet** en _schuin_.\n\n- een\n- twee")).toBe(
      "Kop Dit is vet en schuin. een twee",
    );
    expect(markdownPlainText("[de site](https://example.org) en `code`")).toBe("de site en code");
    expect(markdownPlainText("| a | b |\n| - | - |\n| 1 | 2 |")).toBe("a b 1 2");
    expect(markdownPlainText("Regel\nvolgende")).toBe("Regel volgende");
  });
});

describe("markdownExcerpt", () => {
  it("gives the first words without the syntax, cut at a space", () => {
    expect(markdownExcerpt("**Kort** verhaal")).toBe("Kort verhaal");
    const long = `${"woord ".repeat(60)}einde`;
    expect(markdownExcerpt(long)).toBe(`${"woord ".repeat(36).trimEnd()}…`);
    expect(excerptOf("abcdef", 3)).toBe("abc…");
  });

  it("gives the same excerpt the second time, and another for another text", () => {
    expect(markdownExcerpt("## Kop\n\nTekst")).toBe("Kop Tekst");
    expect(markdownExcerpt("## Kop\n\nTekst")).toBe("Kop Tekst");
    expect(markdownExcerpt("## Kop\n\nAndere tekst")).toBe("Kop Andere tekst");
  });
});
