import { center } from "@/lib/center/schema";

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
  return (
    <dl className="space-y-3 rounded-lg border border-warm-100 bg-warm-50 p-4">
      {notAccepted.map((plan) => (
        <div key={plan.id}>
          <dt className="font-semibold">We do not take {plan.name}</dt>
          <dd>{plan.guidance}</dd>
        </div>
      ))}
    </dl>
  );
}
