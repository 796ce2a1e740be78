/**
 * Where moat's documentation lives, so every output that links a rule (Pulumi policy `url`, SARIF `helpUri`, JUnit,
 * Markdown) links the same page: `docs/rules/<ID>.md` in the repository.
 */
export const REPOSITORY_URL = "https://github.com/moat-policy/moat";

export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
