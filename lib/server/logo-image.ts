// Turns the beheerder's upload into the PNG that is stored and shown. Rasterising an SVG leaves only pixels: a
// script, an event handler or a link in it does not survive. A PNG is drawn again, which drops whatever else it
// carried (text chunks, a second image).
import "server-only";
import sharp from "sharp";
import { LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH, type LogoKind } from "../domain/logo";

export type LogoImage =
  | { ok: true; png: Buffer; width: number; height: number }
  | { ok: false; error: "logoUnreadable" };

/** At most this many pixels are decoded: a small file that unpacks into a huge image is refused. */
const MAX_INPUT_PIXELS = 25_000_000;

export async function toLogoPng(content: Uint8Array, kind: LogoKind): Promise<LogoImage> {
  try {
    // An SVG is drawn at four times its own size first, so that a small drawing is still sharp at 96 pixels.
    const image = sharp(Buffer.from(content), {
      limitInputPixels: MAX_INPUT_PIXELS,
      ...(kind === "svg" ? { density: 288 } : {}),
    });
    const { data, info } = await image
      .resize({
        width: LOGO_MAX_WIDTH,
        height: LOGO_MAX_HEIGHT,
        fit: "inside",
        withoutEnlargement: kind === "png",
      })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, png: data, width: info.width, height: info.height };
  } catch {
    return { ok: false, error: "logoUnreadable" };
  }
}
