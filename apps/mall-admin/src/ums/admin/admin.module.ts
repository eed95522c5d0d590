import { Module } from '@nestjs/common';
import { AdminCacheService } from './admin-cache.service';
import { adminSettingsProvider } from './admin-settings';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';

/** `/admin/**`: admin accounts, login through mall-auth, roles and permissions of an admin. */
@Module({
  controllers: [AdminController],
  providers: [AdminService, AdminCacheService, adminSettingsProvider],
  exports: [AdminCacheService],
})
export class AdminModule {}
