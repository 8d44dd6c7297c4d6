// What a gemeente's logo upload may be, checked on the server before anything reads it: a PNG or an SVG of at most
// 500 kB. What the file really is counts, not its name: the first bytes of a PNG, the <svg> element of an SVG. The
// server then turns it into a PNG of its own (lib/server/logo-image.ts), which is all that is stored and shown.

/** The largest logo the beheerder may upload. */
export const MAX_LOGO_BYTES = 500 * 1024;
/** The height of the stored PNG at most: twice the height it is shown at in the header, for sharp screens. */
export const LOGO_MAX_HEIGHT = 96;
/** A very wide logo is made smaller still, so it fits beside the name. */
export const LOGO_MAX_WIDTH = 480;

export type LogoKind = "png" | "svg";
export type LogoCheck = { ok: true; kind: LogoKind } | { ok: false; error: "logoEmpty" | "logoTooLarge" | "logoType" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function looksLikeSvg(content: Uint8Array): boolean {
  // Text, in UTF-8 (an optional byte-order mark), opening with an XML declaration, a comment, a doctype or the svg
  // element itself, and containing that element.
  const text = new TextDecoder("utf-8", { fatal: false }).decode(content.subarray(0, 4096)).replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (!/^<(?:\?xml|!--|!DOCTYPE\s+svg|svg[\s>])/i.test(start)) return false;
  return /<svg[\s>]/i.test(text);
}

/** The kind of logo the upload is, or the key of what is wrong with it (messages: validation). */
export function checkLogo(content: Uint8Array): LogoCheck {
  if (content.byteLength === 0) return { ok: false, error: "logoEmpty" };
  if (content.byteLength > MAX_LOGO_BYTES) return { ok: false, error: "logoTooLarge" };
  if (PNG_SIGNATURE.every((byte, index) => content[index] === byte)) return { ok: true, kind: "png" };
  if (looksLikeSvg(content)) return { ok: true, kind: "svg" };
  return { ok: false, error: "logoType" };
}
