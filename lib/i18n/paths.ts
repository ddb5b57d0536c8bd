import type { Locale } from "@/lib/i18n/locales";

/**
 * The pages built in app/ rather than content/, by language: English keeps today's URLs,
 * Spanish has its own words under /es. Plain data, so client code (the forms) can use it.
 */
export const appPages = {
  home: { en: "/", es: "/es" },
  requestCall: { en: "/request-a-call", es: "/es/solicitar-llamada" },
  requestCallReceived: { en: "/request-a-call/received", es: "/es/solicitar-llamada/recibida" },
  verifyInsurance: { en: "/verify-insurance", es: "/es/verificar-seguro" },
  verifyInsuranceReceived: { en: "/verify-insurance/received", es: "/es/verificar-seguro/recibida" },
  tooLarge: { en: "/request-too-large", es: "/es/solicitud-demasiado-grande" },
  articles: { en: "/articles", es: "/es/articulos" },
} as const satisfies Record<string, Record<Locale, `/${string}`>>;

/**
 * The self-check is English only for now (its questions and rules are not yet in Spanish), so
 * it has no hreflang twin; its language switch leads to the Spanish page on who IOP fits.
 */
export const selfCheckPaths = { en: "/self-check", nearestSpanish: "/es/es-el-iop-para-mi" } as const;

/** The language a path is in: everything under /es is Spanish. */
export function localeOfPath(path: string): Locale {
  return path === "/es" || path.startsWith("/es/") ? "es" : "en";
}
