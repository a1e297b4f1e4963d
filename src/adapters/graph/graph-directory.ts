import { BotError } from '../../core/errors';
import type { DirectoryPort, GraphPort } from '../../core/fixes/ports';
import { ALL_ADMIN_ROLES } from '../../core/fixes/roles';

/** Options of the role check. */
export interface GraphDirectoryOptions {
  graph: GraphPort;
  /** ROLE_CACHE_SECONDS; 0 disables the cache. */
  cacheSeconds: number;
  /** ADMIN_ALLOWLIST: when non-empty, only these object ids can ever be admins. */
  allowlist?: readonly string[];
  /** ADMIN_GROUP_ID: when set, admins must also be (transitive) members of this group. */
  adminGroupId?: string;
  now?: () => number;
}

/**
 * Active directory roles of a user, from `GET /users/{id}/transitiveMemberOf/microsoft.graph.directoryRole`
 * (User.Read.All), cached. ADMIN_ALLOWLIST / ADMIN_GROUP_ID narrow the result; they never widen it.
 * In dry-run Graph cannot be read, so allowlisted users count as holding every admin role (demo mode only).
 */
export class GraphDirectory implements DirectoryPort {
  // Promises, so concurrent clicks by one user share a single Graph read.
  private readonly cache = new Map<string, { roles: Promise<readonly string[]>; until: number }>();
  private readonly now: () => number;

  constructor(private readonly options: GraphDirectoryOptions) {
    this.now = options.now ?? Date.now;
  }

  async roleTemplateIds(tenantId: string, aadObjectId: string): Promise<readonly string[]> {
    const allowlist = this.options.allowlist ?? [];
    const id = aadObjectId.toLowerCase();
    if (allowlist.length > 0 && !allowlist.some((entry) => entry.toLowerCase() === id)) return [];
    if (this.options.graph.dryRun) return allowlist.length > 0 ? ALL_ADMIN_ROLES : [];
    const key = `${tenantId}:${id}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > this.now()) return cached.roles;
    const roles = this.inAdminGroup(aadObjectId).then((member) =>
      member ? this.readRoles(aadObjectId) : [],
    );
    if (this.options.cacheSeconds > 0) {
      this.cache.set(key, { roles, until: this.now() + this.options.cacheSeconds * 1000 });
      roles.catch(() => this.cache.delete(key));
    }
    return roles;
  }

  private async readRoles(aadObjectId: string): Promise<string[]> {
    const response = await this.options.graph.execute({
      method: 'GET',
      version: 'v1.0',
      path: `/users/${encodeURIComponent(aadObjectId)}/transitiveMemberOf/microsoft.graph.directoryRole`,
      query: { $select: 'id,displayName,roleTemplateId' },
    });
    const value = (response.body as { value?: { roleTemplateId?: string | null }[] } | undefined)?.value;
    if (!Array.isArray(value))
      throw new BotError('GRAPH_REQUEST_FAILED', { detail: 'directoryRole list without value' });
    return value.map((role) => role.roleTemplateId ?? '').filter(Boolean);
  }

  private async inAdminGroup(aadObjectId: string): Promise<boolean> {
    const groupId = this.options.adminGroupId;
    if (!groupId) return true;
    const response = await this.options.graph.execute({
      method: 'POST',
      version: 'v1.0',
      path: `/users/${encodeURIComponent(aadObjectId)}/checkMemberGroups`,
      body: { groupIds: [groupId] },
    });
    const value = (response.body as { value?: unknown[] } | undefined)?.value ?? [];
    return value.some((entry) => typeof entry === 'string' && entry.toLowerCase() === groupId.toLowerCase());
  }
}
