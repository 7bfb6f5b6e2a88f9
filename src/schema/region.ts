import { z } from 'zod';
import { LocalizedText } from './locale.ts';

/** Region ids, the same in data, URLs and browser storage. */
export const REGION_IDS = ['nam', 'eu', 'apj'] as const;
export const RegionId = z.enum(REGION_IDS);
export type RegionId = z.infer<typeof RegionId>;

const hostName = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'expected a lower-case host name such as api-sse.cisco.com');
const portalUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

/** What an endpoint role resolves to: one value per region, or one value shared by all. */
const perRegion = <T extends z.ZodType>(value: T) =>
  z.union([
    z.object({ shared: value }).strict(),
    z.object({ nam: value.optional(), eu: value.optional(), apj: value.optional() }).strict(),
  ]);

/** One region of the SSE cloud. */
export const Region = z
  .object({
    /** Region id as used in URLs (`?region=eu`) and storage. */
    id: RegionId,
    /** The region's name as users know it (e.g. "Europe (EU)"). */
    name: LocalizedText,
  })
  .strict();

/** An endpoint role: a host the device or the browser talks to, or a portal an administrator opens. */
export const EndpointRole = z
  .object({
    /** Role id, used as `{id}` placeholder in commands and prose. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'role ids are lower-case words joined by hyphens'),
    /** `host`: a name the device connects to (probed by checks); `portal`: a web page an administrator opens. */
    kind: z.enum(['host', 'portal']),
    /** Short name of the role. */
    name: LocalizedText,
    /** What the role is for, one or two sentences. */
    purpose: LocalizedText,
    /** Host names (kind host) or https URLs (kind portal), per region or shared; a region left out is not documented. */
    values: z.unknown(),
    /** Seed documents that give the values (e.g. "003"). */
    sources: z.array(z.string()).min(1),
  })
  .strict()
  .superRefine((role, ctx) => {
    const schema = perRegion(role.kind === 'host' ? hostName : portalUrl);
    const parsed = schema.safeParse(role.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['values', ...issue.path] });
      }
    }
  });
export type EndpointRole = Omit<z.infer<typeof EndpointRole>, 'values'> & {
  values: { shared: string } | Partial<Record<RegionId, string>>;
};

/** A fact about the endpoints that every page may cite (allow by name, 403 means reachable, …). */
export const EndpointFact = z
  .object({
    /** Fact id, referenced from pages. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The fact, in Markdown. */
    text: LocalizedText,
  })
  .strict();

/** content/regions.yaml: the regions, every endpoint role and the facts about them. */
export const RegionsFile = z
  .object({
    /** Editor hint, ignored by the site. */
    $schema: z.string().optional(),
    /** The three regions, in display order. */
    regions: z.array(Region).length(3),
    /** Every endpoint role with its value per region. */
    roles: z.array(EndpointRole).min(1),
    /** Facts shown with the endpoints. */
    facts: z.array(EndpointFact).default([]),
    /** The command that tests one host from a Firepower device, `{host}` standing for the host; shown beside each check. */
    deviceCheck: z.string().includes('{host}', { message: 'the command must contain {host}' }),
  })
  .strict();
export type RegionsFile = Omit<z.infer<typeof RegionsFile>, 'roles'> & { roles: EndpointRole[] };
