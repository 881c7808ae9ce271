import { cac } from "cac";
import {
  builtInFramework,
  getCompetency,
  getRole,
  listCompetencies,
  RapportError,
  renderRoleMarkdown,
  renderRubricMarkdown,
} from "../index.js";
import { VERSION } from "../version.js";

const cli = cac("rapport");
const names = (): Record<string, string> => Object.fromEntries(builtInFramework.competencies.map((c) => [c.id, c.name]));

cli
  .command("demo", "Show what rapport does: a competency rubric and a role profile")
  .action(() => {
    process.stdout.write(`${renderRubricMarkdown(getCompetency("patience"))}\n`);
    process.stdout.write(renderRoleMarkdown(getRole("contact-centre-agent"), names()));
  });

cli
  .command("rubric <competency>", "Print a competency's rubric (id or alias)")
  .option("--format <format>", "md or json", { default: "md" })
  .action((id: string, options: { format: string }) => {
    const competency = getCompetency(id);
    process.stdout.write(options.format === "json" ? `${JSON.stringify(competency, null, 2)}\n` : renderRubricMarkdown(competency));
  });

cli
  .command("role <id>", "Print a role profile")
  .option("--format <format>", "md or json", { default: "md" })
  .action((id: string, options: { format: string }) => {
    const role = getRole(id);
    process.stdout.write(options.format === "json" ? `${JSON.stringify(role, null, 2)}\n` : renderRoleMarkdown(role, names()));
  });

cli
  .command("competencies", "List the competencies")
  .action(() => {
    for (const c of listCompetencies()) process.stdout.write(`${c.id.padEnd(24)}${c.name} — ${c.aliases.join(", ")}\n`);
  });

cli.help();
cli.version(VERSION);

try {
  cli.parse(process.argv, { run: false });
  if (!cli.matchedCommand && cli.args.length > 0) {
    throw new RapportError([{ code: "invalid-input", path: [], message: `Unknown command '${cli.args[0]}'. Run 'rapport --help' for the commands.` }]);
  }
  if (!cli.matchedCommand && !cli.options.help && !cli.options.version) cli.outputHelp();
  await cli.runMatchedCommand();
} catch (error) {
  process.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
