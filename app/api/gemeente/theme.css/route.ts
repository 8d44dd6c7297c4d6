// The gemeente's colour as a style sheet: the theme's tokens (app/theme.css) with the colour in place of
// Impactkoers's own. A style sheet of our own origin, because the Content-Security-Policy lets no inline style in: a
// style element rendered after a save would carry the nonce of another response than the page's, and be blocked.
// The colour comes in the address (the layout puts the gemeente's there) and is checked again here: anything but a
// colour that meets the contrast gives an empty sheet.
import type { NextRequest } from "next/server";
import { brandTokens, meetsContrastWithWhite, normaliseHex } from "@/lib/domain/contrast";

export function GET(request: NextRequest) {
  const hex = normaliseHex(request.nextUrl.searchParams.get("kleur") ?? "");
  const css =
    hex && meetsContrastWithWhite(hex)
      ? `:root{${Object.entries(brandTokens(hex))
          .map(([name, value]) => `${name}:${value}`)
          .join(";")}}\n`
      : "";
  return new Response(css, {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      // The same address always gives the same sheet.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
