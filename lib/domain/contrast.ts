// The gemeente's own colour, and whether it can carry white text (buttons, the header) and be read as text on white
// (links): both need a contrast ratio of at least 4.5:1 (WCAG 2.1 AA, success criterion 1.4.3). White is fixed, so the
// two checks are one: the colour's contrast with white.

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{6})$/i;

/** "#1D4F73" or "1d4f73" as "#1d4f73"; null when it is not a colour of six hexadecimal digits. */
export function normaliseHex(input: string): string | null {
  const trimmed = input.trim();
  const match = HEX.exec(trimmed.startsWith("#") ? trimmed : `#${trimmed}`);
  return match ? `#${match[1]!.toLowerCase()}` : null;
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The relative luminance of an sRGB colour, as WCAG 2.1 defines it: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Whether white text on the colour, and the colour as text on white, both meet WCAG AA. */
export function meetsContrastWithWhite(hex: string): boolean {
  return contrastRatio(hex, "#ffffff") >= MIN_CONTRAST;
}

/** The colour made darker by `amount` (0–1) in every channel: the hover state of a button. */
export function darken(hex: string, amount: number): string {
  const scaled = channels(hex).map((channel) => Math.round(channel * (1 - amount)));
  return `#${scaled.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The design tokens (app/theme.css) a gemeente's colour replaces: buttons and the header take it, and a button a
 * darker shade when hovered. Only for a colour that meets the contrast: each of them carries white text. Links keep
 * their own colour: they also stand on the light grey surfaces, where a colour just at 4.5:1 with white falls short.
 */
export function brandTokens(hex: string): Record<string, string> {
  return {
    "--ik-color-primary": hex,
    "--ik-color-primary-hover": darken(hex, 0.25),
    "--ik-color-header": hex,
  };
}
