import { z } from 'zod';
import { LOCALES, LocalizedText } from './locale.ts';
import { RegionId } from './region.ts';

/** The products the site covers; each has its own folder under runbooks/. */
export const PRODUCTS = ['secure-email', 'firepower'] as const;
export const Product = z.enum(PRODUCTS);
export type Product = z.infer<typeof Product>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens');

/** Where a step is carried out; each place has a translated name in locales/*.json (`place.<id>`). */
export const PLACES = [
  'sse-portal',
  'xdr-portal',
  'smart-account',
  'fmc-ui',
  'ftd-cli',
  'fmc-cli',
  'secure-email-ui',
  'secure-email-cli',
  'browser',
  'tac',
] as const;

/** The CLI mode a command needs on the device. */
export const CLI_MODES = ['clish', 'expert', 'root'] as const;

/**
 * Where a branch leads: `next` (the following step), `done` (the runbook is finished),
 * `step:<id>` (another step of this runbook), `runbook:<id>` or `runbook:<id>#<step>`.
 */
export const BranchTarget = z
  .string()
  .regex(
    /^(next|done|step:[a-z0-9-]+|runbook:[a-z0-9-]+(#[a-z0-9-]+)?)$/,
    'expected next, done, step:<id>, runbook:<id> or runbook:<id>#<step>',
  );

/** What follows a step's outcome. */
export const Branch = z
  .object({
    /** Where the reader goes next. */
    to: BranchTarget,
    /** Why, or what to do first, in one sentence (optional). */
    say: LocalizedText.optional(),
  })
  .strict();
export type Branch = z.infer<typeof Branch>;

/** A command to type, exactly as the device expects it; `{role}` and `<input>` placeholders are filled per page. */
export const Command = z
  .object({
    /** The command line; `{api}`-style placeholders name endpoint roles, `<dns-server>`-style ones name step inputs. */
    run: z.string().min(1),
    /** CLI mode the command needs (defaults to the step's mode). */
    mode: z.enum(CLI_MODES).optional(),
    /** A sample of what the device prints when all is well (language-neutral, as the product prints it). */
    output: z.string().optional(),
    /** What the output means, or what to look for in it. */
    explain: LocalizedText.optional(),
  })
  .strict();

/** A value the reader types into the page to complete commands (kept in the browser only). */
export const StepInput = z
  .object({
    /** Placeholder name, written `<name>` in commands. */
    name: slug,
    /** Label of the input field. */
    label: LocalizedText,
    /** An example value from a documentation range (e.g. 192.0.2.53). */
    example: z.string().min(1),
  })
  .strict();

/** Where a step happens. */
export const Where = z
  .object({
    /** The console, portal or CLI. */
    place: z.enum(PLACES),
    /** Menu path or page as the product shows it (e.g. "System > Integration > Cloud Services"). */
    path: z.string().optional(),
    /** True when the sources show the path only in translation, so it gives the meaning, not the exact label. */
    pathIsMeaning: z.boolean().default(false),
    /** CLI mode of the step's commands. */
    mode: z.enum(CLI_MODES).optional(),
  })
  .strict();

/** One step of a runbook. */
export const Step = z
  .object({
    /** Step id: the page anchor (`#check-dns`) and the key of the reader's progress. */
    id: slug,
    /** What the step does, as an imperative. */
    title: LocalizedText,
    /** Where it is done. */
    where: Where,
    /** What to do and why, in Markdown (no raw HTML). */
    body: LocalizedText,
    /** Values the reader fills in for `<name>` placeholders. */
    inputs: z.array(StepInput).default([]),
    /** Commands to run, in order. */
    commands: z.array(Command).default([]),
    /** What the reader should see when the step succeeds. */
    expected: LocalizedText.optional(),
    /** Endpoint roles (content/regions.yaml) that the step's check widget probes from the browser. */
    checks: z.array(slug).default([]),
    /** Where to go when the step shows things are fine (or it fixed the problem). */
    onSuccess: Branch,
    /** Where to go when it does not. */
    onFailure: Branch,
  })
  .strict();
export type Step = z.infer<typeof Step>;

/** An error message exactly as a product prints it. */
export const ErrorString = z
  .object({
    /** The message, verbatim. */
    text: z.string().min(1),
    /** The language the product printed it in. */
    lang: z.enum(LOCALES),
    /** True when no source gives this wording verbatim (e.g. an English form reconstructed from translations). */
    approximate: z.boolean().default(false),
    /** Where the message shows up (tile, log, CLI), if it helps recognise it. */
    shownIn: LocalizedText.optional(),
  })
  .strict();

/**
 * A log or output signature: regular expressions tested on normalised lines (see src/lib/normalise.ts),
 * case-insensitive. All of `match` must be found, none of `absent`.
 */
export const Signature = z
  .object({
    /** Signature id, unique across the site. */
    id: slug,
    /** `fault` points to this runbook; `healthy` says the output shows a working path. */
    kind: z.enum(['fault', 'healthy']).default('fault'),
    /** Patterns that must all be found in the paste (each on one line or a line wrapped onto the next). */
    match: z.array(z.string().min(1)).min(1),
    /** Patterns whose presence rules the signature out (a fault that shows as an absence). */
    absent: z.array(z.string().min(1)).default([]),
    /** Higher wins when several signatures match the same lines (the most specific first). */
    priority: z.number().int().min(0).max(100).default(50),
    /** Step to open when this signature matches. */
    step: slug.optional(),
    /** What the match means, in one or two sentences. */
    meaning: LocalizedText,
    /** Pastes that must match (tested by validation). */
    examples: z.array(z.string().min(1)).min(1),
    /** Pastes that must not match. */
    counterexamples: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Signature = z.infer<typeof Signature>;

/** A runbook: one symptom, its cause and the steps that fix it. File: runbooks/<product>/<id>.yaml. */
export const Runbook = z
  .object({
    /** Editor hint pointing at the generated JSON Schema; ignored by the site. */
    $schema: z.string().optional(),
    /** Product folder the runbook belongs to; must match its folder. */
    product: Product,
    /** Regions the runbook is documented for; other regions are told it is not documented. */
    regions: z.array(RegionId).min(1),
    /** Show on the home page among the most common symptoms. */
    common: z.boolean().default(false),
    /** The symptom in a few words, as a page title. */
    title: LocalizedText,
    /** One or two sentences for search results and the meta description. */
    summary: LocalizedText,
    /** What the reader sees, in Markdown. */
    symptom: LocalizedText,
    /** The most likely cause, in Markdown. */
    cause: LocalizedText,
    /** Product names old and new and other words users search with (language-neutral). */
    keywords: z.array(z.string().min(1)).default([]),
    /** Versions the runbook was written for. */
    appliesTo: z
      .array(
        z
          .object({
            /** Product or component, as the vendor names it (e.g. "FMC", "AsyncOS"). */
            product: z.string().min(1),
            /** Versions (e.g. "6.4.0 and later"). */
            versions: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
    /** Error messages exactly as the products print them, the English original first. */
    errors: z.array(ErrorString).default([]),
    /** Log and output signatures that point here. */
    signatures: z.array(Signature).default([]),
    /** The steps, in order. */
    steps: z.array(Step).min(1),
    /** Runbooks worth reading next (ids). */
    related: z.array(slug).default([]),
    /** Articles that give the background (slugs under content/<locale>/). */
    articles: z.array(slug).default([]),
    /** The documents the facts come from. */
    sources: z
      .array(
        z
          .object({
            /** Title of the source document. */
            title: z.string().min(1),
            /** Address, where the source gives one. */
            url: z.url().optional(),
            /** The language the source was read in. */
            lang: z.enum(LOCALES),
          })
          .strict(),
      )
      .min(1),
    /** The day the runbook was last checked against its sources (YYYY-MM-DD). */
    reviewed: z.iso.date(),
  })
  .strict();
export type Runbook = z.infer<typeof Runbook>;
