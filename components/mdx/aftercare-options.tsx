import { center } from "@/lib/center/schema";

/** For MDX (`<AftercareOptions />`): what the center offers after IOP, from the config. */
export function AftercareOptions() {
  return (
    <ul className="wide grid list-none! gap-4 pl-0! md:grid-cols-2">
      {center.aftercare.map((option) => (
        <li key={option.id} className="rounded-lg border border-line bg-white p-4">
          <h3 className="mt-0! text-lg font-bold text-brand-900">{option.name}</h3>
          <p className="mt-1">{option.description}</p>
          {option.when ? <p className="mt-2 font-semibold">When: {option.when}</p> : null}
        </li>
      ))}
    </ul>
  );
}
