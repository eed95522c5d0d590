import { Module } from '@nestjs/common';
import { ResourceController } from './resource.controller';
import { ResourceService } from './resource.service';
import { ResourceRolesMapService } from './resource-roles-map.service';

/** `/resource/**` and the resource→roles map the gateway authorises with. */
@Module({
  controllers: [ResourceController],
  providers: [ResourceService, ResourceRolesMapService],
  exports: [ResourceRolesMapService],
})
export class ResourceModule {}
