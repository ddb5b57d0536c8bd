import Link from "next/link";
import { center } from "@/lib/center/schema";
import { nameWithCredentials, personPath } from "@/lib/people";

/** For MDX (`<ReviewInterval />`): how often every article is reviewed again, from the config. */
export function ReviewInterval() {
  const months = center.articleReviewMonths;
  return <>{months === 12 ? "once a year" : `every ${months} months`}</>;
}

/** For MDX (`<EditorialTeam />`): the people who write and review the articles, each linked to their page. */
export function EditorialTeam() {
  return (
    <ul>
      {center.people.map((person) => (
        <li key={person.slug}>
          <Link href={personPath(person)}>{nameWithCredentials(person)}</Link>, {person.jobTitle.toLowerCase()}
          {person.clinicalReviewer ? " (clinical reviewer)" : null}
          {person.demo ? " (demo profile)" : null}
        </li>
      ))}
    </ul>
  );
}
