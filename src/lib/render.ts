import type { RegionId, RegionsFile } from '../schema/region.ts';
import { renderInline, renderMarkdown } from './markdown.ts';
import { findRole, INPUT_PLACEHOLDER, resolveRoles, roleValue, ROLE_PLACEHOLDER, rolesIn } from './template.ts';

/** HTML-escapes text for element content and attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON to embed in a `<script type="application/json">` block: `<` escaped so no text can close the element. */
export const jsonForHtml = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export const REGION_LABELS: Record<RegionId, string> = { nam: 'NAM', eu: 'EU', apj: 'APJ' };

export interface RenderContext {
  regions: RegionsFile;
  /** The regions the page is documented for; others say "not documented". */
  documented: readonly RegionId[];
  /** "not documented for {{region}}" in the page language. */
  missing: (region: RegionId) => string;
}

const allRegions = (ctx: RenderContext) => ctx.regions.regions.map((r) => r.id);

/**
 * A role's value for every region, each marked with data-for-region so the region in force shows alone
 * (and all show, labelled, without JavaScript).
 */
export function roleHtml(roleId: string, ctx: RenderContext): string {
  const role = findRole(ctx.regions, roleId);
  if (!role) throw new Error(`unknown endpoint role {${roleId}}`);
  if ('shared' in role.values) return valueHtml(role.kind, role.values.shared);
  const parts = allRegions(ctx).map((region) => {
    const value = ctx.documented.includes(region) ? roleValue(role, region) : undefined;
    const body = value === undefined ? `<span class="missing">${escapeHtml(ctx.missing(region))}</span>` : valueHtml(role.kind, value);
    return `<span data-for-region="${region}"><span class="region-tag">${REGION_LABELS[region]}</span>${body}</span>`;
  });
  return `<span class="rv" data-role="${roleId}">${parts.join('')}</span>`;
}

function valueHtml(kind: 'host' | 'portal', value: string): string {
  return kind === 'portal'
    ? `<a class="portal" href="${escapeHtml(value)}" rel="noopener">${escapeHtml(value)}</a>`
    : `<span class="host">${escapeHtml(value)}</span>`;
}

/** Replaces `{role}` placeholders left in rendered HTML by their per-region values. */
const fillRoles = (html: string, ctx: RenderContext) => html.replace(ROLE_PLACEHOLDER, (_, id: string) => roleHtml(id, ctx));

export const proseHtml = (markdown: string, ctx: RenderContext): string => fillRoles(renderMarkdown(markdown), ctx);
export const inlineHtml = (markdown: string, ctx: RenderContext): string => fillRoles(renderInline(markdown), ctx);

/** Command text as HTML with `<input>` placeholders as fillable spans. */
function commandText(text: string): string {
  return escapeHtml(text).replace(
    new RegExp(INPUT_PLACEHOLDER.source.replace('<', '&lt;').replace('>', '&gt;'), 'g'),
    (whole, name: string) => `<span class="input-slot" data-input="${name}">${whole}</span>`,
  );
}

export interface CommandVariant {
  /** The region this variant is for; undefined when the command has no region placeholder. */
  region?: RegionId;
  /** The command with roles resolved, or undefined when the region has no documented value. */
  text?: string;
  html: string;
}

/** A command per region (or once, when it names no role). */
export function commandVariants(run: string, ctx: RenderContext): CommandVariant[] {
  if (!rolesIn(run).length) return [{ text: run, html: commandText(run) }];
  return allRegions(ctx).map((region) => {
    const { text, missing } = resolveRoles(run, ctx.regions, region);
    if (!ctx.documented.includes(region) || missing.length) return { region, html: escapeHtml(ctx.missing(region)) };
    return { region, text, html: commandText(text) };
  });
}
