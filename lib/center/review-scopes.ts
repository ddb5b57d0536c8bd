/**
 * What a clinical reviewer may sign, and what an article needs: therapy and recovery skills,
 * family support, or anything medical (withdrawal, medication, overdose), which only a
 * prescriber may review.
 */
export const reviewScopes = ["counseling", "family", "medical"] as const;
