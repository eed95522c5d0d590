import { Module } from '@nestjs/common';
import { MemberCacheService } from './member-cache.service';
import { SsoController } from './sso.controller';
import { ssoSettingsProvider } from './sso-settings';
import { SsoService } from './sso.service';

/** `/sso/**`: member registration, login through mall-auth, member info and internal lookups. */
@Module({
  controllers: [SsoController],
  providers: [SsoService, MemberCacheService, ssoSettingsProvider],
  exports: [MemberCacheService],
})
export class SsoModule {}
