/**
 * The site's colours, in one place: Tailwind's theme is built from them (tailwind.config.ts),
 * and so are the places CSS can't reach (social cards, icons, the manifest, theme-color).
 * Check contrast when changing one: text colours are tested against white and canvas.
 */
export const brandColors = {
  ink: "#17262d",
  muted: "#44555e",
  line: "#d5dedf",
  canvas: "#fbfaf7",
  focus: "#b45309",
  brand: { 50: "#f0f7f6", 100: "#dcefec", 600: "#126a70", 700: "#0e5a60", 800: "#0b464b", 900: "#082f33" },
  warm: { 50: "#fdf6ee", 100: "#f9e7d2", 700: "#8a4513" },
  danger: { 50: "#fdf1f0", 700: "#a3261a" },
} as const;
