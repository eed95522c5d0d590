import { Module } from '@nestjs/common';

/** OMS controllers of mall-admin: one sub-folder per controller (e.g. `oms/<name>/`). */
@Module({ imports: [] })
export class OmsModule {}
