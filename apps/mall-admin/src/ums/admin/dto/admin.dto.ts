import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@mall/common';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';

/** bcrypt only reads the first 72 bytes of a password. */
const MAX_PASSWORD_LENGTH = 72;

/** Body of `POST /admin/register` (`UmsAdminParam`); the original's annotations, now enforced. */
export class AdminRegisterDto {
  @ApiProperty({ description: '用户名', maxLength: 64 })
  @IsString()
  @IsNotEmpty({ message: '用户名不能为空' })
  @MaxLength(64)
  username!: string;

  @ApiProperty({ description: '密码', maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @IsNotEmpty({ message: '密码不能为空' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;

  @ApiPropertyOptional({ description: '用户头像', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  icon?: string | null;

  @ApiPropertyOptional({ description: '邮箱', maxLength: 100 })
  @ValidateIf((dto: AdminRegisterDto) => typeof dto.email === 'string' && dto.email.length > 0)
  @IsEmail({}, { message: '邮箱格式不合法' })
  @MaxLength(100)
  email?: string | null;

  @ApiPropertyOptional({ description: '用户昵称', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nickName?: string | null;

  @ApiPropertyOptional({ description: '备注', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** Body of `POST /admin/login` (`UmsAdminLoginParam`); emptiness is checked by the service. */
export class AdminLoginDto {
  @ApiProperty({ description: '用户名' })
  @IsOptional()
  @IsString()
  username?: string | null;

  @ApiProperty({ description: '密码' })
  @IsOptional()
  @IsString()
  password?: string | null;
}

/**
 * Body of `POST /admin/update/:id` (`UmsAdmin`): the given fields are changed. `password` is
 * re-hashed unless it is empty or equal to the stored hash (the front-end sends the row back).
 */
export class AdminUpdateDto {
  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: '用户名不能为空' })
  @MaxLength(64)
  username?: string | null;

  @ApiPropertyOptional({ description: '新密码；空或与原密码哈希相同则不修改' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string | null;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  icon?: string | null;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  email?: string | null;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nickName?: string | null;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;

  @ApiPropertyOptional({ description: '帐号启用状态：0->禁用；1->启用', enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1])
  status?: number | null;

  @ApiPropertyOptional({ description: 'ISO-8601 or epoch milliseconds' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  createTime?: Date | null;

  @ApiPropertyOptional({ description: 'ISO-8601 or epoch milliseconds' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  loginTime?: Date | null;
}

/** Body of `POST /admin/updatePassword` (`UpdateAdminPasswordParam`); checked by the service. */
export class UpdateAdminPasswordDto {
  @ApiProperty({ description: '用户名' })
  @IsOptional()
  @IsString()
  username?: string | null;

  @ApiProperty({ description: '旧密码' })
  @IsOptional()
  @IsString()
  oldPassword?: string | null;

  @ApiProperty({ description: '新密码', maxLength: MAX_PASSWORD_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword?: string | null;
}

/** Query of `GET /admin/list`. */
export class AdminListQuery extends PageQuery {
  @ApiPropertyOptional({ description: '用户名或昵称关键字' })
  @IsOptional()
  @IsString()
  keyword?: string;
}
