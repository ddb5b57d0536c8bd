import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { centerConfig } from "@/lib/center/config";
import type { Locale } from "@/lib/i18n/locales";
import { catalogues, type Messages } from "@/lib/i18n/messages";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** A translator for one namespace; dates and times format in the center's time zone. */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator<Messages, N>({
    locale,
    messages: catalogues[locale],
    namespace,
    timeZone: centerConfig.timeZone,
  });
}
