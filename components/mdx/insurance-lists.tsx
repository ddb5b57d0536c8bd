import { centerText } from "@/lib/center/localized";
import { center } from "@/lib/center/schema";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";

export function AcceptedInsurance() {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {center.insurance.accepted.map((carrier) => (
        <li key={carrier.id}>{carrier.name}</li>
      ))}
    </ul>
  );
}

export function NotAcceptedInsurance() {
  const { notAccepted } = center.insurance;
  if (notAccepted.length === 0) return null;
  const locale = getRequestLocale();
  const t = translator(locale, "center");
  const words = centerText(locale);
  return (
    <dl className="space-y-3 rounded-lg border border-warm-100 bg-warm-50 p-4">
      {notAccepted.map((plan) => (
        <div key={plan.id}>
          <dt className="font-semibold">{t("notTake", { plan: plan.name })}</dt>
          <dd>{words.guidance(plan)}</dd>
        </div>
      ))}
    </dl>
  );
}
