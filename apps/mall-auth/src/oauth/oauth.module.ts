import { Module } from '@nestjs/common';
import { RsaModule } from '../rsa/rsa.module';
import { AdminDirectory } from '../users/admin-directory';
import { MemberDirectory } from '../users/member-directory';
import { ClientAuthenticator } from './client-authenticator';
import { TokenIssuer } from './token-issuer';
import { TokenController } from './token.controller';
import { TokenService } from './token.service';

/** `POST /oauth/token`: client authentication, the password and refresh_token grants. */
@Module({
  imports: [RsaModule],
  controllers: [TokenController],
  providers: [ClientAuthenticator, TokenIssuer, TokenService, AdminDirectory, MemberDirectory],
})
export class OAuthModule {}
