import type { EndpointRole, RegionId, RegionsFile } from '../schema/region.ts';

/** `{api}`: an endpoint role, resolved per region from content/regions.yaml. */
export const ROLE_PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;
/** `<dns-server>`: a value the reader types in, declared as a step input. */
export const INPUT_PLACEHOLDER = /<([a-z][a-z0-9-]*)>/g;

export const rolesIn = (text: string): string[] => [...text.matchAll(ROLE_PLACEHOLDER)].map((m) => m[1]!);
export const inputsIn = (text: string): string[] => [...text.matchAll(INPUT_PLACEHOLDER)].map((m) => m[1]!);

/** The value of a role in a region, or undefined when the sources do not give one. */
export function roleValue(role: EndpointRole, region: RegionId): string | undefined {
  return 'shared' in role.values ? role.values.shared : role.values[region];
}

export function findRole(regions: RegionsFile, id: string): EndpointRole | undefined {
  return regions.roles.find((role) => role.id === id);
}

/** A role's value as it appears in running text: the host name, or the portal URL. */
export type Resolution = { text: string; missing: string[] };

/** Replaces `{role}` placeholders with the region's values; roles without a value stay as they are and are listed. */
export function resolveRoles(template: string, regions: RegionsFile, region: RegionId): Resolution {
  const missing: string[] = [];
  const text = template.replace(ROLE_PLACEHOLDER, (whole, id: string) => {
    const role = findRole(regions, id);
    const value = role && roleValue(role, region);
    if (value === undefined) {
      missing.push(id);
      return whole;
    }
    return value;
  });
  return { text, missing };
}

/** Every host name the browser may contact: the `host` roles of every region. */
export function probeHosts(regions: RegionsFile): string[] {
  const hosts = new Set<string>();
  for (const role of regions.roles) {
    if (role.kind !== 'host') continue;
    for (const value of Object.values(role.values)) if (value) hosts.add(value);
  }
  return [...hosts].sort();
}
