export {
  startGraphStandIn,
  STAND_IN_CA,
  type GraphStandIn,
  type StandInApp,
  type LoggedRequest,
} from './server';
export { sampleTenant, type StandInTenant } from './tenant-state';
export { ROUTES } from './routes';
export { startArmStandIn, type ArmStandIn } from './arm-stand-in';
