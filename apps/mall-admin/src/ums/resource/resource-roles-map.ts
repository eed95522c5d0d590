/** Resource URL pattern (with the service prefix) → role strings `"<roleId>_<roleName>"`. */
export type ResourceRolesMap = Record<string, string[]>;

export interface MapResource {
  id: number;
  url: string | null;
}

export interface MapRole {
  id: number;
  name: string | null;
}

export interface MapRelation {
  roleId: number | null;
  resourceId: number | null;
}

/** The role string the gateway compares with the JWT `authorities` claim. */
export function roleAuthority(role: MapRole): string {
  return `${role.id}_${role.name}`;
}

/**
 * The original's `initResourceRolesMap`: for each resource in id order, key `prefix + url` → the roles
 * related to it, in role id order. A later resource with the same URL replaces an earlier one, roles
 * are included whatever their status, and relations to deleted roles are ignored. Resources without a
 * URL are skipped (the original would have published the key `<prefix>null`). Keys come out sorted,
 * as from the original's TreeMap.
 */
export function buildResourceRolesMap(
  prefix: string,
  resources: readonly MapResource[],
  roles: readonly MapRole[],
  relations: readonly MapRelation[],
): ResourceRolesMap {
  const roleIdsByResource = new Map<number, Set<number>>();
  for (const { roleId, resourceId } of relations) {
    if (roleId === null || resourceId === null) continue;
    let roleIds = roleIdsByResource.get(resourceId);
    if (!roleIds) roleIdsByResource.set(resourceId, (roleIds = new Set()));
    roleIds.add(roleId);
  }
  const rolesInOrder = [...roles].sort((a, b) => a.id - b.id);
  const byUrl = new Map<string, string[]>();
  for (const resource of [...resources].sort((a, b) => a.id - b.id)) {
    if (resource.url === null) continue;
    const roleIds = roleIdsByResource.get(resource.id);
    const authorities = roleIds
      ? rolesInOrder.filter((role) => roleIds.has(role.id)).map(roleAuthority)
      : [];
    byUrl.set(prefix + resource.url, authorities);
  }
  const map: ResourceRolesMap = {};
  for (const key of [...byUrl.keys()].sort(compareUtf16)) map[key] = byUrl.get(key) ?? [];
  return map;
}

/** Java's String.compareTo order (UTF-16 code units), which a TreeMap<String, …> uses. */
function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
