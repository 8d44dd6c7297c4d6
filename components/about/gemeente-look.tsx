// The gemeente's own look in the app: its colour as the theme's tokens, its logo beside the name of the app.
import type { GemeenteLook } from "@/db/queries/gemeente-settings";

/** The address of the gemeente's logo; its stamp makes the address change when the logo does. */
export const logoSource = (stamp: number) => `/api/gemeente/logo?v=${stamp}`;

/**
 * The gemeente's colour in place of the default tokens (app/theme.css), as a style sheet from our own origin
 * (app/api/gemeente/theme.css): the Content-Security-Policy allows no inline style.
 */
export function GemeenteTheme({ colour }: { colour: string | null }) {
  if (!colour) return null;
  return <link rel="stylesheet" href={`/api/gemeente/theme.css?kleur=${encodeURIComponent(colour.slice(1))}`} />;
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
