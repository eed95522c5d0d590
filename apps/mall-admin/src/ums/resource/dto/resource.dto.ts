import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@mall/common';

const URL_PATTERN = /^\/\S*$/;
const URL_MESSAGE = 'url must be an Ant path pattern starting with "/", e.g. /brand/**';

/** Body of `POST /resource/create` (`UmsResource`; id and createTime are set by the service). */
export class CreateResourceDto {
  @ApiProperty({ description: '资源名称', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: '资源URL（相对服务的Ant路径，如 /brand/**）', maxLength: 200 })
  @IsString()
  @Matches(URL_PATTERN, { message: URL_MESSAGE })
  @MaxLength(200)
  url!: string;

  @ApiPropertyOptional({ description: '描述', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional({ description: '资源分类ID' })
  @IsOptional()
  @IsInt()
  @Min(1)
  categoryId?: number | null;
}

/** Body of `POST /resource/update/:id`: the given fields are changed. */
export class UpdateResourceDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string | null;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Matches(URL_PATTERN, { message: URL_MESSAGE })
  @MaxLength(200)
  url?: string | null;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  categoryId?: number | null;
}

/** Query of `GET /resource/list`. */
export class ResourceListQuery extends PageQuery {
  @ApiPropertyOptional({ description: '资源分类ID' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  categoryId?: number;

  @ApiPropertyOptional({ description: '名称关键字' })
  @IsOptional()
  @IsString()
  nameKeyword?: string;

  @ApiPropertyOptional({ description: 'URL关键字' })
  @IsOptional()
  @IsString()
  urlKeyword?: string;
}
