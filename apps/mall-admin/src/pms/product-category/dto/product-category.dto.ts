import { IdsParams, PageQuery, SwitchParam } from '@mall/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsArray,
  IsByteLength,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';

/** Body of `POST /productCategory/create` and `POST /productCategory/update/:id` (PmsProductCategoryParam). */
export class ProductCategoryParamDto {
  @ApiProperty({ description: '父分类的编号; 0 = top level' })
  @Min(0)
  @IsInt()
  @IsDefined({ message: '父分类不能为空' })
  parentId!: number;

  @ApiProperty({ description: '商品分类名称', maxLength: 64 })
  @MaxLength(64)
  @IsString()
  @IsNotEmpty({ message: '商品分类名称不能为空' })
  name!: string;

  @ApiPropertyOptional({ description: '分类单位', maxLength: 64 })
  @MaxLength(64)
  @IsString()
  @IsOptional()
  productUnit?: string | null;

  @ApiPropertyOptional({ description: '是否在导航栏显示', enum: [0, 1] })
  @IsIn([0, 1], { message: '状态只能为0或1' })
  @IsOptional()
  navStatus?: number | null;

  @ApiPropertyOptional({ description: '是否进行显示', enum: [0, 1] })
  @IsIn([0, 1], { message: '状态只能为0或1' })
  @IsOptional()
  showStatus?: number | null;

  @ApiPropertyOptional({ description: '排序', minimum: 0 })
  @Min(0, { message: '排序最小为0' })
  @IsInt()
  @IsOptional()
  sort?: number | null;

  @ApiPropertyOptional({ description: '图标', maxLength: 255 })
  @MaxLength(255)
  @IsString()
  @IsOptional()
  icon?: string | null;

  @ApiPropertyOptional({ description: '关键字', maxLength: 255 })
  @MaxLength(255)
  @IsString()
  @IsOptional()
  keywords?: string | null;

  @ApiPropertyOptional({ description: '描述' })
  @IsByteLength(0, 65535)
  @IsString()
  @IsOptional()
  description?: string | null;

  @ApiPropertyOptional({ description: '产品相关筛选属性集合', type: [Number] })
  @IsInt({ each: true })
  @IsArray()
  @IsOptional()
  productAttributeIdList?: number[] | null;
}

/** `GET /productCategory/list/:parentId` */
export class ProductCategoryListQuery extends PageQuery {}

/** `POST /productCategory/update/navStatus` */
export class NavStatusParams extends IdsParams {
  @SwitchParam()
  navStatus!: number;
}

/** `POST /productCategory/update/showStatus` */
export class CategoryShowStatusParams extends IdsParams {
  @SwitchParam()
  showStatus!: number;
}
