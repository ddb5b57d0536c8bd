/** The site's colours (app/globals.css) for places CSS can't reach: social cards and the manifest. */
export const brandColors = {
  ink: "#17262d",
  muted: "#44555e",
  canvas: "#fbfaf7",
  line: "#d5dedf",
  brand50: "#f0f7f6",
  brand100: "#dcefec",
  brand700: "#0e5a60",
  brand900: "#082f33",
  warm100: "#f9e7d2",
} as const;
