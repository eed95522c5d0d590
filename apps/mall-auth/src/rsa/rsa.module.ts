import { Logger, Module } from '@nestjs/common';
import { ConfigSource } from '@mall/config';
import type { AuthAppConfig } from '../config/auth-config';
import { PublicKeyController } from './public-key.controller';
import { loadSigningKeys, type SigningKeys } from './signing-keys';
import { SIGNING_KEYS } from './signing-keys.token';

/** The RSA signing key (loaded once at start) and the JWK set endpoint. */
@Module({
  controllers: [PublicKeyController],
  providers: [
    {
      provide: SIGNING_KEYS,
      inject: [ConfigSource],
      useFactory: async (source: ConfigSource<AuthAppConfig>): Promise<SigningKeys> => {
        const keys = await loadSigningKeys(source.current.app.jwt, {
          profile: source.profile,
          env: process.env,
        });
        new Logger('SigningKeys').log(`signing key ${keys.kid} from ${keys.origin}`);
        return keys;
      },
    },
  ],
  exports: [SIGNING_KEYS],
})
export class RsaModule {}
