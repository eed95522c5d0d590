import { InitialSchema1764201600000 } from './1764201600000-InitialSchema';
import { HotPathIndexes1764201700000 } from './1764201700000-HotPathIndexes';

export { InitialSchema1764201600000, HotPathIndexes1764201700000 };
export { HOT_PATH_INDEXES } from './1764201700000-HotPathIndexes';

/** Every migration, oldest first. New migrations are appended here (see docs/adr/0002). */
export const ALL_MIGRATIONS = [InitialSchema1764201600000, HotPathIndexes1764201700000];
