import { Module } from '@nestjs/common';
import { CatalogEvents } from './catalog-events.service';

/** What the PMS controllers share: the catalog change publisher. */
@Module({ providers: [CatalogEvents], exports: [CatalogEvents] })
export class PmsSharedModule {}
