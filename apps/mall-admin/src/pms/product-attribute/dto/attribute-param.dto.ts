import { PageQuery } from '@mall/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

/** Body of `POST /productAttribute/create` (PmsProductAttributeParam). */
export class AttributeParamDto {
  @ApiProperty({ description: '属性分类ID (pms_product_attribute_category)' })
  @IsInt()
  @IsDefined({ message: '属性分类不能为空' })
  productAttributeCategoryId!: number;

  @ApiProperty({ description: '属性名称', maxLength: 64 })
  @MaxLength(64)
  @IsString()
  @IsNotEmpty({ message: '属性名称不能为空' })
  name!: string;

  @ApiPropertyOptional({ description: '属性选择类型：0->唯一；1->单选；2->多选', enum: [0, 1, 2] })
  @IsIn([0, 1, 2])
  @IsOptional()
  selectType?: number | null;

  @ApiPropertyOptional({ description: '属性录入方式：0->手工录入；1->从列表中选取', enum: [0, 1] })
  @IsIn([0, 1])
  @IsOptional()
  inputType?: number | null;

  @ApiPropertyOptional({ description: '可选值列表，以逗号隔开', maxLength: 255 })
  @MaxLength(255)
  @IsString()
  @IsOptional()
  inputList?: string | null;

  @ApiPropertyOptional({ description: '排序' })
  @IsInt()
  @IsOptional()
  sort?: number | null;

  @ApiPropertyOptional({ description: '分类筛选样式：0->普通；1->颜色', enum: [0, 1] })
  @IsIn([0, 1])
  @IsOptional()
  filterType?: number | null;

  @ApiPropertyOptional({
    description: '检索类型：0->不检索；1->关键字检索；2->范围检索',
    enum: [0, 1, 2],
  })
  @IsIn([0, 1, 2])
  @IsOptional()
  searchType?: number | null;

  @ApiPropertyOptional({ description: '相同属性产品是否关联：0->不关联；1->关联', enum: [0, 1] })
  @IsIn([0, 1])
  @IsOptional()
  relatedStatus?: number | null;

  @ApiPropertyOptional({ description: '是否支持手动新增：0->不支持；1->支持', enum: [0, 1] })
  @IsIn([0, 1])
  @IsOptional()
  handAddStatus?: number | null;

  @ApiProperty({ description: '属性的类型：0->规格；1->参数', enum: [0, 1] })
  @IsIn([0, 1])
  @IsDefined({ message: '属性类型不能为空' })
  type!: number;
}

/** Body of `POST /productAttribute/update/:id`: the same fields, each optional (null = unchanged). */
export class AttributeUpdateDto extends PartialType(AttributeParamDto) {}

/** `GET /productAttribute/list/:cid` */
export class AttributeListQuery extends PageQuery {
  @ApiProperty({ description: '0表示属性(规格)，1表示参数', enum: [0, 1] })
  @IsIn([0, 1])
  @IsDefined()
  @Type(() => Number)
  type!: number;
}

/** `GET /productAttribute/attrInfo/:productCategoryId` item. */
export class ProductAttrInfo {
  @ApiProperty({ nullable: true }) attributeId!: number | null;
  @ApiProperty({ nullable: true }) attributeCategoryId!: number | null;
}
