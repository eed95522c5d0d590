import { Module } from '@nestjs/common';
import { ResourceModule } from '../resource/resource.module';
import { RoleController } from './role.controller';
import { RoleService } from './role.service';

/** `/role/**`: roles and their menu, resource and permission grants. */
@Module({
  imports: [ResourceModule],
  controllers: [RoleController],
  providers: [RoleService],
})
export class RoleModule {}
