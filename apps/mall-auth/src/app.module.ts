import { Module } from '@nestjs/common';
import { OAuthModule } from './oauth/oauth.module';
import { RsaModule } from './rsa/rsa.module';

/** Feature modules of this service, one per domain. */
@Module({ imports: [RsaModule, OAuthModule] })
export class AppModule {}
