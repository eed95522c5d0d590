import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** Body of `POST /menu/create` (`UmsMenu`; level and createTime are computed). */
export class CreateMenuDto {
  @ApiProperty({ description: '父级ID，0 表示一级菜单' })
  @IsInt()
  @Min(0)
  parentId!: number;

  @ApiProperty({ description: '菜单名称', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title!: string;

  @ApiPropertyOptional({ description: '菜单排序' })
  @IsOptional()
  @IsInt()
  sort?: number | null;

  @ApiPropertyOptional({ description: '前端名称（路由名）', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string | null;

  @ApiPropertyOptional({ description: '前端图标', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  icon?: string | null;

  @ApiPropertyOptional({ description: '前端隐藏：0->显示；1->隐藏', enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1])
  hidden?: number | null;
}

/** Body of `POST /menu/update/:id`: `parentId` is required (the level is recomputed from it). */
export class UpdateMenuDto {
  @ApiProperty({ description: '父级ID，0 表示一级菜单' })
  @IsInt()
  @Min(0)
  parentId!: number;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  sort?: number | null;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string | null;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  icon?: string | null;

  @ApiPropertyOptional({ enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1])
  hidden?: number | null;
}
