import { Module } from '@nestjs/common';

/** PMS controllers of mall-admin: one sub-folder per controller (e.g. `pms/<name>/`). */
@Module({ imports: [] })
export class PmsModule {}
