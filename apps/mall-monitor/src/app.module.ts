import { Module } from '@nestjs/common';

/** Feature modules of this service, one per domain. */
@Module({ imports: [] })
export class AppModule {}
