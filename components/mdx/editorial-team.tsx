import Link from "next/link";
import { center } from "@/lib/center/schema";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { nameWithCredentials, personPath, personText } from "@/lib/people";

/** For MDX (`<ReviewInterval />`): how often every article is reviewed again, from the config. */
export function ReviewInterval() {
  const months = center.articleReviewMonths;
  const t = translator(getRequestLocale(), "articles");
  return <>{months === 12 ? t("reviewYearly") : t("reviewEvery", { months })}</>;
}

/** For MDX (`<EditorialTeam />`): the people who write and review the articles, each linked to their page. */
export function EditorialTeam() {
  const locale = getRequestLocale();
  const t = translator(locale, "articles");
  return (
    <ul>
      {center.people.map((person) => (
        <li key={person.slug}>
          <Link href={personPath(person, locale)}>{nameWithCredentials(person)}</Link>,{" "}
          {personText(person, locale).jobTitle.toLowerCase()}
          {person.clinicalReviewer ? ` (${t("clinicalReviewer")})` : null}
          {person.demo ? ` (${t("demoMark")})` : null}
        </li>
      ))}
    </ul>
  );
}
