import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JsonWebKeySet } from '@mall/security';
import { InjectSigningKeys } from './signing-keys.token';
import type { SigningKeys } from './signing-keys';

@ApiTags('KeyPairController')
@Controller('rsa')
export class PublicKeyController {
  constructor(@InjectSigningKeys() private readonly keys: SigningKeys) {}

  /**
   * The JWK set the gateway verifies tokens with; plain JSON, not an envelope, as the original.
   * Each key carries its `kid` (tokens name the key that signed them).
   */
  @Get('publicKey')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: '获取RSA公钥（JWK Set）' })
  @ApiOkResponse({ description: '{"keys":[{"kty":"RSA","e":"AQAB","n":"…","kid":"…"}]}' })
  publicKey(): JsonWebKeySet {
    return this.keys.jwks;
  }
}
