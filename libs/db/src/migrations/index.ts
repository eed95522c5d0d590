import { InitialSchema1764201600000 } from './1764201600000-InitialSchema';
import { HotPathIndexes1764201700000 } from './1764201700000-HotPathIndexes';
import { ReceiveAddressMemberIndex1795747866540 } from './1795747866540-ReceiveAddressMemberIndex';
import { MemberActivityTables1795747866541 } from './1795747866541-MemberActivityTables';
import { ProductListIndexes1795749624150 } from './1795749624150-ProductListIndexes';

export { InitialSchema1764201600000, HotPathIndexes1764201700000 };
export { ReceiveAddressMemberIndex1795747866540, MemberActivityTables1795747866541 };
export { HOT_PATH_INDEXES } from './1764201700000-HotPathIndexes';
export { ProductListIndexes1795749624150 };
export { PRODUCT_LIST_INDEXES } from './1795749624150-ProductListIndexes';

/** Every migration, oldest first. New migrations are appended here (see docs/adr/0002). */
export const ALL_MIGRATIONS = [
  InitialSchema1764201600000,
  HotPathIndexes1764201700000,
  ReceiveAddressMemberIndex1795747866540,
  MemberActivityTables1795747866541,
  ProductListIndexes1795749624150,
];
