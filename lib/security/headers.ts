/**
 * Headers every response carries (pages, files, errors), set in next.config.ts. The
 * Content-Security-Policy is not here: proxy.ts sets it per response (see
 * content-security-policy.ts), and next.config.ts gives /_next/static files, which skip the
 * proxy, the same policy without script allowances.
 */
export type Header = { key: string; value: string };

/** Powerful features the site never uses, denied to it and to anything it might embed. */
const deniedFeatures = [
  "accelerometer",
  "autoplay",
  "bluetooth",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

const permissionsPolicy = deniedFeatures.map((feature) => `${feature}=()`).join(", ");

/**
 * HSTS goes out from every production build. Browsers ignore it over plain http (a local
 * `npm run site`), and honour it once the site is reached over https, whether TLS ends here
 * or at a proxy in front, so there is nothing to detect. Not preloaded, and subdomains are
 * left alone: those are commitments for whoever owns the domain.
 */
export function securityHeaders({ production }: { production: boolean }): Header[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: permissionsPolicy },
    // frame-ancestors 'none' says the same to browsers that read CSP; this is for older ones.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000" }] : []),
  ];
}
