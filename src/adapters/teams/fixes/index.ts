import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { FIX_VERBS, type FixVerb } from '../../../core/fixes/cards';
import { FIX_DEFINITIONS } from '../../../core/fixes/definitions';
import type { RoleTemplateId } from '../../../core/fixes/roles';
import type { FixRouteDeps } from './deps';
import { createFixHandlers } from './handlers';

/** Who may use a route: named where the route is declared; the server re-checks on every invoke. */
export type RouteRoles =
  { kind: 'anyone' } | { kind: 'fix'; note: string } | { kind: 'roles'; roles: readonly RoleTemplateId[] };

/** The fix routes as data: verb → required roles. */
export const FIX_ROUTES: readonly { verb: FixVerb; roles: RouteRoles }[] = [
  {
    verb: FIX_VERBS.apply,
    roles: { kind: 'fix', note: "requiredRoles of the card's fixId (FIX_DEFINITIONS)" },
  },
  { verb: FIX_VERBS.request, roles: { kind: 'anyone' } },
  { verb: FIX_VERBS.approve, roles: { kind: 'fix', note: "requiredRoles of the approval's fixId" } },
  { verb: FIX_VERBS.reject, roles: { kind: 'fix', note: "requiredRoles of the approval's fixId" } },
  { verb: FIX_VERBS.undo, roles: { kind: 'fix', note: 'requiredRoles of the undo fix' } },
  { verb: FIX_VERBS.verify, roles: { kind: 'fix', note: "requiredRoles of the approval's fixId" } },
  {
    verb: FIX_VERBS.diagnose,
    roles: { kind: 'roles', roles: FIX_DEFINITIONS['diagnose.smtp-auth'].requiredRoles },
  },
  { verb: FIX_VERBS.status, roles: { kind: 'anyone' } },
];

/** Adds an `adaptiveCards.actionExecute` route for every fix verb. The role gate runs inside FixService on every call. */
export function registerFixRoutes<TState extends TurnState>(
  app: Application<TState>,
  deps: FixRouteDeps,
): void {
  const handlers = createFixHandlers(deps);
  for (const route of FIX_ROUTES) {
    const handler = handlers[route.verb];
    app.adaptiveCards.actionExecute(route.verb, (context: TurnContext, _state: TState, data: unknown) =>
      handler(context, data),
    );
  }
}

export { createFixHandlers, type FixHandler } from './handlers';
export { createFixModule, type FixModule } from './create-fix-module';
export { fixRouteDepsFrom } from './from-bot-services';
export type { FixRouteDeps, WalkthroughView } from './deps';
