type DeclinedPlanNoticeProps = { plan?: { name: string; guidance: string }; phone: string; phoneHref: string };

/** Said the moment a plan we don't take is chosen, not after the form is sent. */
export function DeclinedPlanNotice({ plan, phone, phoneHref }: DeclinedPlanNoticeProps) {
  return (
    <div role="status" aria-live="polite">
      {plan ? (
        <div className="mt-3 rounded-lg border-l-4 border-warm-700 bg-warm-50 p-4">
          <p className="font-bold">We don’t take {plan.name}</p>
          <p className="mt-1">{plan.guidance}</p>
          <p className="mt-1">
            Call us any time at{" "}
            <a href={phoneHref} className="font-semibold text-brand-700 underline">
              {phone}
            </a>{" "}
            and we will help you find care that takes your plan.
          </p>
        </div>
      ) : null}
    </div>
  );
}
