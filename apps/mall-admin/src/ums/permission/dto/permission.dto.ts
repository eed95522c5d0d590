import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';

/** Columns shared by create and update of `ums_permission` (the legacy permission model). */
class PermissionFields {
  @ApiProperty({ description: '父级权限ID，0 表示根' })
  @IsInt()
  @Min(0)
  pid!: number;

  @ApiProperty({ description: '名称', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ description: '权限值', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  value?: string | null;

  @ApiPropertyOptional({ description: '图标', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  icon?: string | null;

  @ApiPropertyOptional({ description: '权限类型：0->目录；1->菜单；2->按钮', enum: [0, 1, 2] })
  @IsOptional()
  @IsIn([0, 1, 2])
  type?: number | null;

  @ApiPropertyOptional({ description: '前端资源路径', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  uri?: string | null;
}

/** Body of `POST /permission/create`; status, sort and createTime are set by the service. */
export class CreatePermissionDto extends PermissionFields {}

/**
 * Body of `POST /permission/update/:id`. Every column is written, as in the original: an omitted
 * status, sort or createTime becomes NULL.
 */
export class UpdatePermissionDto extends PermissionFields {
  @ApiPropertyOptional({ description: '启用状态：0->禁用；1->启用', enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1])
  status?: number | null;

  @ApiPropertyOptional({ description: '排序' })
  @IsOptional()
  @IsInt()
  sort?: number | null;

  @ApiPropertyOptional({ description: '创建时间（ISO-8601 或毫秒时间戳）', type: String })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  createTime?: Date | null;
}
