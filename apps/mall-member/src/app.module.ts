import { Module } from '@nestjs/common';
import { MemberModule } from './member/member.module';
import { SsoModule } from './sso/sso.module';

/** Feature modules of this service, one per domain. */
@Module({ imports: [MemberModule, SsoModule] })
export class AppModule {}
