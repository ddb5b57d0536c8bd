import "server-only";
import type { NamespaceKeys, NestedKeyOf } from "use-intl/core";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import type { Messages } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";

/** The translator for the page being rendered (see request-locale.ts). */
export function getT<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(namespace: N) {
  return translator(getRequestLocale(), namespace);
}
