import { Command, InvalidArgumentError, Option } from "commander";
import { stderrColors } from "./io/terminal.js";

/** The package version, written in at build time (tsup `define`) rather than bundling package.json. */
declare const NEWS_CLI_VERSION: string;

const ARTICLE_FORMATS = ["json", "ndjson", "ninjs", "jsonld", "markdown", "text"];
const EXPORT_FORMATS = ["rss", "atom", "ndjson", "ninjs", "jsonld", "sitemap"];
const ENTITY_TYPES = ["person", "organization", "place", "event", "product", "other"];

/** Runs a command's action and turns its returned exit code into the process exit code. */
function run(action: () => Promise<number>): Promise<void> {
  return action().then((code) => {
    process.exitCode = code;
  });
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError("expected a whole number of 1 or more");
  }
  return parsed;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

const dbOption = () =>
  new Option(
    "--db <path>",
    "SQLite index to use (default: $NEWS_DB or .news/news.db in the project)",
  );
const jsonOption = (what = "a table") => new Option("--json", `print JSON instead of ${what}`);
const siteUrlOption = () =>
  new Option(
    "--site-url <url>",
    "public address of the site, for links (default: $NEWS_SITE_URL or http://localhost:3000)",
  );

/** The `news` command line. Every action imports its implementation lazily, so startup stays fast. */
export function buildProgram(): Command {
  const program = new Command("news")
    .description(
      "Parse, validate, index, search and export folders of news articles.\n" +
        "Data goes to standard output, messages to standard error.\n" +
        "Exit status: 0 all fine, 1 some inputs failed, 2 usage error.",
    )
    .version(NEWS_CLI_VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help for a command")
    .helpCommand("help [command]", "show help for a command")
    .showHelpAfterError(stderrColors.dim("(add --help for usage)"))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      outputError: (message, write) =>
        write(message.replace(/^error: /, `${stderrColors.red("news:")} `)),
    })
    .addHelpText(
      "after",
      examples([
        "news parse seeds/000_3e38a193c9175502.txt",
        "news validate seeds/",
        "news index && news search modi",
        "news export --format rss --site-url https://news.example.com --out feed.xml",
      ]),
    );

  program
    .command("parse")
    .description("parse article files into JSON (one input: a document; several: NDJSON)")
    .argument("<inputs...>", "files, directories, globs, or - for standard input")
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format (default: json for one input, ndjson for several)",
      ).choices(ARTICLE_FORMATS),
    )
    .option("-o, --out <file>", "write to a file instead of standard output")
    .addOption(siteUrlOption())
    .addHelpText(
      "after",
      examples([
        "news parse story.txt",
        "news parse 'corpus/**/*.txt' > articles.ndjson",
        "news parse seeds/ --format json --out articles.json",
        "cat story.md | news parse - --format markdown",
      ]),
    )
    .action((inputs: string[], options) =>
      run(async () => (await import("./commands/parse.js")).parseCommand(inputs, options)),
    );

  program
    .command("validate")
    .description("check article files (and .json/.ndjson article files against the schema)")
    .argument("<inputs...>", "files, directories, globs, or - for standard input")
    .option("--json", "print a JSON report")
    .option(
      "--strict",
      "count the parser's warnings (such as an unbalanced quotation mark) as failures",
    )
    .addHelpText(
      "after",
      examples([
        "news validate seeds/",
        "news validate article.json",
        "news validate 'drafts/*.md' --strict --json",
      ]),
    )
    .action((inputs: string[], options) =>
      run(async () => (await import("./commands/validate.js")).validateCommand(inputs, options)),
    );

  program
    .command("index")
    .description("build or update the search index from folders of articles")
    .argument("[dirs...]", "folders or files to index (default: $NEWS_SEEDS or seeds/)")
    .addOption(dbOption())
    .option("-w, --watch", "keep running and re-index when files change")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      examples([
        "news index",
        "news index ../shared/corpus/bbc --db /tmp/bbc.db",
        "news index content/ --watch",
      ]),
    )
    .action((dirs: string[], options) =>
      run(async () => (await import("./commands/index-files.js")).indexCommand(dirs, options)),
    );

  program
    .command("search")
    .description("full-text search of the index, with highlighted snippets")
    .argument("<query>", 'words to find, such as tariffs, "trade pact" or tarif*')
    .addOption(
      new Option("-n, --limit <n>", "most results to show").argParser(positiveInteger).default(10),
    )
    .option("-s, --section <section>", "only this section")
    .addOption(dbOption())
    .addOption(jsonOption("a list"))
    .addHelpText(
      "after",
      examples(["news search tariffs", 'news search "trade deal" --limit 5 --json']),
    )
    .action((query: string, options) =>
      run(async () => (await import("./commands/search.js")).searchCommand(query, options)),
    );

  program
    .command("list")
    .description("list indexed articles, newest first")
    .option("-s, --section <section>", "only this section")
    .option("-e, --entity <slug>", "only articles mentioning this entity")
    .option("--from <date>", "only articles published on or after this date (2025-12-01)")
    .option("--to <date>", "only articles published on or before this date")
    .addOption(
      new Option("-n, --limit <n>", "most articles to show").argParser(positiveInteger).default(50),
    )
    .addOption(dbOption())
    .addOption(jsonOption())
    .addHelpText(
      "after",
      examples([
        "news list",
        "news list --section business --json",
        "news list --entity narendra-modi",
        "news list --from 2025-01-01 --to 2025-06-30",
      ]),
    )
    .action((options) =>
      run(async () => (await import("./commands/list.js")).listCommand(options)),
    );

  program
    .command("show")
    .description("show one article from the index (by slug or id) or from a file")
    .argument("<article>", "a slug, an id, or a path to an article file")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(ARTICLE_FORMATS).default("text"),
    )
    .addOption(siteUrlOption())
    .addOption(dbOption())
    .addHelpText(
      "after",
      examples([
        "news show $(news list --json | jq -r '.[0].slug')",
        "news show story.txt --format markdown",
      ]),
    )
    .action((article: string, options) =>
      run(async () => (await import("./commands/show.js")).showCommand(article, options)),
    );

  program
    .command("entities")
    .description("list people, organizations and places across the index")
    .argument("[query]", "only names (or aliases) containing this text")
    .addOption(new Option("-t, --type <type>", "only this type").choices(ENTITY_TYPES))
    .addOption(
      new Option("-n, --limit <n>", "most entities to show").argParser(positiveInteger).default(50),
    )
    .addOption(dbOption())
    .addOption(jsonOption())
    .addHelpText(
      "after",
      examples(["news entities", "news entities --type person --json", "news entities modi"]),
    )
    .action((query: string | undefined, options) =>
      run(async () => (await import("./commands/entities.js")).entitiesCommand(query, options)),
    );

  program
    .command("quotes")
    .description("list quotations with their speakers")
    .option("--speaker <name>", "only quotations by this speaker")
    .addOption(
      new Option("-n, --limit <n>", "most quotations to show")
        .argParser(positiveInteger)
        .default(50),
    )
    .addOption(dbOption())
    .addOption(jsonOption("a list"))
    .addHelpText("after", examples(["news quotes", 'news quotes --speaker "Narendra Modi" --json']))
    .action((options) =>
      run(async () => (await import("./commands/quotes.js")).quotesCommand(options)),
    );

  program
    .command("stats")
    .description("counts of articles, words, quotes, entities and sections in the index")
    .addOption(dbOption())
    .addOption(jsonOption())
    .addHelpText("after", examples(["news stats", "news stats --json"]))
    .action((options) =>
      run(async () => (await import("./commands/stats.js")).statsCommand(options)),
    );

  program
    .command("export")
    .description("export the index as a feed, a sitemap or article data")
    .addOption(
      new Option("-f, --format <format>", "what to produce")
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option("-o, --out <file>", "write to a file instead of standard output")
    .addOption(siteUrlOption())
    .option("--title <title>", "feed title", "News")
    .addOption(
      new Option(
        "-n, --limit <n>",
        "most articles (default: 50 in a feed, all otherwise)",
      ).argParser(positiveInteger),
    )
    .addOption(dbOption())
    .addHelpText(
      "after",
      examples([
        "news export --format rss --site-url https://news.example.com > feed.xml",
        "news export --format sitemap --out public/sitemap.xml",
        "news export --format ninjs | jq .headline",
      ]),
    )
    .action((options) =>
      run(async () => (await import("./commands/export.js")).exportCommand(options)),
    );

  program
    .command("schema")
    .description("print the article JSON Schema (draft 2020-12)")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .addHelpText("after", examples(["news schema > article.schema.json"]))
    .action((options) =>
      run(async () => (await import("./commands/schema.js")).schemaCommand(options)),
    );

  return program;
}
