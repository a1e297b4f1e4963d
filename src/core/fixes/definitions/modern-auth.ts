import type { FixDefinition } from '../types';

/** Guide to OAuth 2.0 SMTP, a relay connector or another supported sender: changes nothing, open to anyone. */
export const modernAuthGuide: FixDefinition = {
  id: 'modern-auth.guide',
  kind: 'guide',
  titleKey: 'fix.modern-auth.guide.title',
  riskKey: 'fix.modern-auth.guide.risk',
  expectedKey: 'fix.modern-auth.guide.expected',
  requiredRoles: [],
  permissions: { delegated: [], application: [] },
  needs: [],
};
