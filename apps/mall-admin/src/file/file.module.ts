import { Module } from '@nestjs/common';

/** FILE controllers of mall-admin: one sub-folder per controller (e.g. `file/<name>/`). */
@Module({ imports: [] })
export class FileModule {}
