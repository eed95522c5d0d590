import { Module } from '@nestjs/common';

/** CMS controllers of mall-admin: one sub-folder per controller (e.g. `cms/<name>/`). */
@Module({ imports: [] })
export class CmsModule {}
