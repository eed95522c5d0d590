import { Module } from '@nestjs/common';
import { InstancesModule } from './instances/instances.module';

@Module({ imports: [InstancesModule] })
export class AppModule {}
