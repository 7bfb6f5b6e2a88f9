// npm run check: validates every runbook, the region data and the articles; prints each problem as file:line:col.
import { loadSite, ValidationError } from '../lib/load.ts';
import { formatProblem } from '../lib/yaml-source.ts';

try {
  const { site, articles } = loadSite(process.cwd(), { redos: true });
  const steps = site.runbooks.reduce((sum, entry) => sum + entry.runbook.steps.length, 0);
  console.log(
    `ok: ${site.runbooks.length} runbooks, ${steps} steps, ${site.signatures.length} signatures, ${site.regions.roles.length} endpoint roles, ${articles.length} articles`,
  );
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`\n${error.problems.length} problem(s); nothing was built.`);
  process.exit(1);
}
