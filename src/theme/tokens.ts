/**
 * Reads the colour tokens from tokens.css (the one place colours are defined), for the palette
 * contrast test and for the build's static images, which cannot use CSS custom properties.
 */
export interface TokenPair {
  light: string;
  dark: string;
}

export function parseTokens(css: string): Map<string, TokenPair> {
  const tokens = new Map<string, TokenPair>();
  for (const [, name, light, dark] of css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{6})\s*,\s*(#[0-9a-fA-F]{6})\s*\)/g)) {
    tokens.set(name!, { light: light!.toLowerCase(), dark: dark!.toLowerCase() });
  }
  return tokens;
}

/** WCAG 2.x relative luminance of an sRGB hex colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
