import { Module } from '@nestjs/common';
import { AdminModule } from './admin/admin.module';
import { MemberLevelModule } from './member-level/member-level.module';
import { MenuModule } from './menu/menu.module';
import { PermissionModule } from './permission/permission.module';
import { ResourceCategoryModule } from './resource-category/resource-category.module';
import { ResourceModule } from './resource/resource.module';
import { RoleModule } from './role/role.module';

/** UMS controllers of mall-admin: one sub-folder per controller (e.g. `ums/<name>/`). */
@Module({
  imports: [
    AdminModule,
    RoleModule,
    MenuModule,
    ResourceModule,
    ResourceCategoryModule,
    PermissionModule,
    MemberLevelModule,
  ],
})
export class UmsModule {}
