/** The whole map in one object, for the build's prerender and for tests (never for the browser bundle). */
import paths from './paths.generated.json' with { type: 'json' };
import places from './places.generated.json' with { type: 'json' };
import { assembleWorld, type World, type WorldPlaces } from './world.ts';

export const fullWorld: World = assembleWorld(places as unknown as WorldPlaces, paths.paths);
