import paths from './graph-paths.json';
import { ROUTES } from './routes';

describe('Graph stand-in fidelity', () => {
  it('serves only paths and methods that exist in the Graph OpenAPI subset', () => {
    const spec = paths.paths as Record<string, string[]>;
    for (const route of ROUTES) {
      expect({
        route: `${route.method} ${route.spec}`,
        known: spec[route.spec]?.includes(route.method) ?? false,
      }).toEqual({
        route: `${route.method} ${route.spec}`,
        known: true,
      });
    }
  });
});
