import type { FixId } from '../playbooks/types';
import type { RoleTemplateId } from './roles';

/** Fix actions that undo a fix. */
export type UndoFixId = 'security-defaults.enable' | 'per-user-mfa.restore' | 'smtp-auth.disable-mailbox';

/** Every action the fix module knows: the fixes a playbook offers plus their undo actions. */
export type FixActionId = FixId | UndoFixId;

/** Graph API version segment. */
export type GraphVersion = 'v1.0' | 'beta';

/** A Graph request as data: the adapter executes it, dry-run prints it. `path` excludes the version. */
export interface GraphRequest {
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE';
  version: GraphVersion;
  path: string;
  /** Query parameters, unencoded ($filter, $select, $count...). */
  query?: Readonly<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
  body?: Readonly<Record<string, unknown>>;
}

/** Per-user MFA states a user can be restored to. */
export type PerUserMfaState = 'disabled' | 'enabled' | 'enforced';

/** What a fix acts on. The tenant-wide fixes ignore it. */
export interface FixTarget {
  /** Entra object id or UPN of the user whose device sends mail. */
  userId?: string;
  /** SMTP address of the mailbox (Exchange switch). */
  mailbox?: string;
  /** For per-user-mfa.restore: the state recorded before the fix. */
  previousMfaState?: PerUserMfaState;
}

/** How a fix is carried out. */
export type FixKind = 'graph' | 'runbook' | 'guide' | 'diagnose';

/** Permissions to grant, least privilege first (documented in docs/graph.md). */
export interface PermissionSet {
  delegated: readonly string[];
  application: readonly string[];
}

/** Typed definition of one fix action. Every human-facing string is a message key. */
export interface FixDefinition {
  id: FixActionId;
  kind: FixKind;
  titleKey: string;
  /** Plain-language security cost, shown before an admin applies it. */
  riskKey: string;
  /** Describes the expected result once applied. */
  expectedKey: string;
  /** The user needs at least one of these roles (empty = anyone). */
  requiredRoles: readonly RoleTemplateId[];
  permissions: PermissionSet;
  /** Fields of FixTarget the fix needs; missing ones fail the precondition. */
  needs: readonly ('userId' | 'mailbox')[];
  /** The write to send (graph fixes only). */
  request?: (target: FixTarget) => GraphRequest;
  /** The read that shows the current state: verify, undo data and restart reconciliation. */
  read?: (target: FixTarget) => GraphRequest;
  /** True when the read body shows the fix is in effect. */
  isApplied?: (readBody: unknown) => boolean;
  /** The action that reverts this one, given the state read before applying. */
  undo?: (target: FixTarget, before: unknown) => { fixId: FixActionId; target: FixTarget };
}

/** Who clicked: always from the activity (`from.aadObjectId`, `conversation.tenantId`), never from card data. */
export interface Actor {
  aadObjectId: string;
  name: string;
  tenantId: string;
  /** Teams user id (`29:...`), used in card `refresh.userIds`. */
  teamsId?: string;
}
