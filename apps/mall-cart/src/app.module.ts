import { Module } from '@nestjs/common';
import { CartModule } from './cart/cart.module';

/** Feature modules of this service, one per domain. */
@Module({ imports: [CartModule] })
export class AppModule {}
