import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';

// Parameters arrive as query string or form fields (the original's @RequestParam); every one of
// them is required, as there.

/** bcrypt only reads the first 72 bytes of a password. */
const MAX_PASSWORD_LENGTH = 72;

/** `POST /sso/register`. */
export class RegisterParams {
  @ApiProperty({ maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiProperty({ maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  telephone!: string;

  @ApiProperty({ description: 'GET /sso/getAuthCode 返回的验证码' })
  @IsDefined()
  @IsString()
  authCode!: string;
}

/** `POST /sso/login`: empty values are answered with a message by the service. */
export class LoginParams {
  @ApiProperty()
  @IsDefined()
  @IsString()
  username!: string;

  @ApiProperty()
  @IsDefined()
  @IsString()
  password!: string;
}

/** `POST /sso/updatePassword`. */
export class UpdatePasswordParams {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  telephone!: string;

  @ApiProperty({ maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiProperty()
  @IsDefined()
  @IsString()
  authCode!: string;
}

/** `GET /sso/getAuthCode`. */
export class TelephoneParams {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  telephone!: string;
}

/** `GET /sso/loadByUsername`. */
export class UsernameParams {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  username!: string;
}
