import { Module } from '@nestjs/common';

/** UMS controllers of mall-admin: one sub-folder per controller (e.g. `ums/<name>/`). */
@Module({ imports: [] })
export class UmsModule {}
