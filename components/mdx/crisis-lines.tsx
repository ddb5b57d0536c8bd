export function CrisisLines() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="crisis-911" className="rounded-lg border-2 border-danger-700 bg-white p-4">
        <h3 id="crisis-911" className="mt-0 text-lg font-bold text-danger-700">
          Danger right now: call 911
        </h3>
        <p className="mt-1">
          If someone may hurt themselves or others, or has a medical emergency such as an overdose, call{" "}
          <a href="tel:911" className="font-bold">
            911
          </a>
          .
        </p>
      </section>
      <section aria-labelledby="crisis-988" className="rounded-lg border-2 border-brand-700 bg-white p-4">
        <h3 id="crisis-988" className="mt-0 text-lg font-bold text-brand-900">
          988 Suicide &amp; Crisis Lifeline
        </h3>
        <p className="mt-1">
          Call or text{" "}
          <a href="tel:988" className="font-bold">
            988
          </a>{" "}
          or chat at{" "}
          <a href="https://988lifeline.org/chat/" rel="noopener noreferrer">
            988lifeline.org
          </a>
          , any time. Press 1 for the Veterans Crisis Line. Press 2 for Spanish.
        </p>
      </section>
      <section aria-labelledby="crisis-samhsa" className="rounded-lg border border-line bg-white p-4 sm:col-span-2">
        <h3 id="crisis-samhsa" className="mt-0 text-lg font-bold text-brand-900">
          SAMHSA National Helpline
        </h3>
        <p className="mt-1">
          <a href="tel:+18006624357" className="font-bold">
            1-800-662-4357
          </a>{" "}
          (TTY <a href="tel:+18004874889">1-800-487-4889</a>). Free, private, 24/7, in English and Spanish. It helps you
          find treatment and support groups near you. It is not a crisis line. You can also search for treatment at{" "}
          <a href="https://findtreatment.gov" rel="noopener noreferrer">
            findtreatment.gov
          </a>
          .
        </p>
      </section>
    </div>
  );
}
