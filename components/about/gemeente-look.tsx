// The gemeente's own look in the app: its colour as the theme's tokens, its logo beside the name of the app.

import type { GemeenteLook } from "@/db/queries/gemeente-settings";
import { brandTokens } from "@/lib/domain/contrast";

/** The address of the gemeente's logo; its stamp makes the address change when the logo does. */
export const logoSource = (stamp: number) => `/api/gemeente/logo?v=${stamp}`;

/**
 * The gemeente's colour in place of the default tokens (app/theme.css). A style element with the page's nonce: the
 * Content-Security-Policy allows no other inline style. The colour was checked to be #rrggbb when it was saved, and
 * again when it was read.
 */
export function GemeenteTheme({ colour, nonce }: { colour: string | null; nonce?: string }) {
  if (!colour) return null;
  const declarations = Object.entries(brandTokens(colour))
    .map(([name, value]) => `${name}:${value}`)
    .join(";");
  return <style nonce={nonce}>{`:root{${declarations}}`}</style>;
}

/** The logo at 48 pixels high (the PNG is made at 96, for sharp screens). */
export function GemeenteLogo({ look, alt, className = "" }: { look: GemeenteLook; alt: string; className?: string }) {
  if (!look.logo) return null;
  const height = Math.min(48, look.logo.height);
  const width = Math.round((look.logo.width * height) / look.logo.height);
  return (
    // biome-ignore lint/performance/noImgElement: a small image of our own, served as it is; no optimiser in between.
    <img src={logoSource(look.logo.stamp)} alt={alt} width={width} height={height} className={className} />
  );
}
