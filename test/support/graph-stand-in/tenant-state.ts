/** The directory the stand-in serves. Tests mutate it directly. */
export interface StandInTenant {
  tenantId: string;
  securityDefaultsEnabled: boolean;
  /** perUserMfaState by user id or UPN. */
  perUserMfa: Record<string, 'disabled' | 'enabled' | 'enforced'>;
  users: Record<
    string,
    {
      id: string;
      userPrincipalName: string;
      accountEnabled: boolean;
      assignedPlans: {
        service: string;
        capabilityStatus: string;
        servicePlanId: string;
        assignedDateTime: string;
      }[];
      /** Directory role template ids held (active assignments). */
      roles: string[];
    }
  >;
  conditionalAccessPolicies: {
    id: string;
    displayName: string;
    state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
    conditions: { clientAppTypes: string[] };
    grantControls: { operator: string; builtInControls: string[] };
  }[];
  signIns: {
    id: string;
    userPrincipalName: string;
    userId: string;
    clientAppUsed: string;
    createdDateTime: string;
    status: { errorCode: number; failureReason: string | null };
  }[];
  /** Without Entra ID P1/P2 the sign-in log API answers 403. */
  hasP1: boolean;
}

/** A small tenant with one admin, one ordinary user and a printer account. */
export function sampleTenant(tenantId = '72f988bf-0000-4000-8000-000000000001'): StandInTenant {
  const exchangePlan = {
    service: 'exchange',
    capabilityStatus: 'Enabled',
    servicePlanId: 'efb87545-963c-4e0d-99df-69c6916d9eb0',
    assignedDateTime: '2025-01-01T00:00:00Z',
  };
  return {
    tenantId,
    securityDefaultsEnabled: true,
    perUserMfa: { 'c0c0c0c0-0000-4000-8000-00000000000c': 'enforced' },
    users: {
      'a0a0a0a0-0000-4000-8000-00000000000a': {
        id: 'a0a0a0a0-0000-4000-8000-00000000000a',
        userPrincipalName: 'ada@contoso.com',
        accountEnabled: true,
        assignedPlans: [exchangePlan],
        roles: ['62e90394-69f5-4237-9190-012177145e10'],
      },
      'b0b0b0b0-0000-4000-8000-00000000000b': {
        id: 'b0b0b0b0-0000-4000-8000-00000000000b',
        userPrincipalName: 'uma@contoso.com',
        accountEnabled: true,
        assignedPlans: [exchangePlan],
        roles: [],
      },
      'c0c0c0c0-0000-4000-8000-00000000000c': {
        id: 'c0c0c0c0-0000-4000-8000-00000000000c',
        userPrincipalName: 'printer@contoso.com',
        accountEnabled: true,
        assignedPlans: [exchangePlan],
        roles: [],
      },
    },
    conditionalAccessPolicies: [],
    signIns: [
      {
        id: 's1',
        userPrincipalName: 'printer@contoso.com',
        userId: 'c0c0c0c0-0000-4000-8000-00000000000c',
        clientAppUsed: 'Authenticated SMTP',
        createdDateTime: '2026-11-24T07:00:00Z',
        status: {
          errorCode: 50076,
          failureReason: 'Due to a configuration change made by your administrator...',
        },
      },
    ],
    hasP1: true,
  };
}
