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
  selfCheck: { en: "/self-check", es: "/es/autoevaluacion" },
} as const satisfies Record<string, Record<Locale, `/${string}`>>;

/** The language a path is in: everything under /es is Spanish. */
export function localeOfPath(path: string): Locale {
  return path === "/es" || path.startsWith("/es/") ? "es" : "en";
}
