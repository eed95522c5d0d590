import { Module } from '@nestjs/common';
import { ProductChangeListener } from './product-change.listener';

@Module({ providers: [ProductChangeListener] })
export class CatalogEventsModule {}
