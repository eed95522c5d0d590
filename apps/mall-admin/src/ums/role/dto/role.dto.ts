import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@mall/common';

/** Body of `POST /role/create` (`UmsRole`; adminCount, sort and createTime are set by the service). */
export class CreateRoleDto {
  @ApiProperty({ description: '名称', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ description: '描述', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional({ description: '启用状态：0->禁用；1->启用', enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1])
  status?: number | null;
}

/** Body of `POST /role/update/:id`: the given fields are changed. */
export class UpdateRoleDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string | null;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional({ enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1])
  status?: number | null;

  @ApiPropertyOptional({ description: '后台用户数量' })
  @IsOptional()
  @IsInt()
  @Min(0)
  adminCount?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  sort?: number | null;
}

/** Query of `GET /role/list`. */
export class RoleListQuery extends PageQuery {
  @ApiPropertyOptional({ description: '角色名称关键字' })
  @IsOptional()
  @IsString()
  keyword?: string;
}
