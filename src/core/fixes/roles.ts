/** Entra built-in role template ids (the same in every tenant), used to gate fix actions. */
export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  authenticationPolicyAdministrator: '0526716b-113d-4c15-b2c8-68e3c22b9f80',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
} as const;

/** One of the role template ids above. */
export type RoleTemplateId = (typeof ROLE)[keyof typeof ROLE];

/** Every role that may act on at least one fix; a user with none of these is never an admin for the bot. */
export const ALL_ADMIN_ROLES: readonly RoleTemplateId[] = Object.values(ROLE);

/** True when the user holds at least one of the required roles (an empty requirement means anyone). */
export function hasAnyRole(held: readonly string[], required: readonly RoleTemplateId[]): boolean {
  if (required.length === 0) return true;
  return required.some((role) => held.includes(role));
}
