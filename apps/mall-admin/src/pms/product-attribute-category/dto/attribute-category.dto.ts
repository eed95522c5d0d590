import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** `name` of create/update, from the query string or a form body. */
export class AttributeCategoryNameParams {
  @ApiProperty({ description: '商品属性分类名称', maxLength: 64 })
  @MaxLength(64)
  @IsString()
  @IsNotEmpty({ message: '名称不能为空' })
  name!: string;
}

/** `GET /productAttribute/category/list/withAttr` item: a type with its parameters (id and name only). */
export class AttributeCategoryWithAttrItem {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string | null;
  @ApiProperty({ nullable: true }) attributeCount!: null;
  @ApiProperty({ nullable: true }) paramCount!: null;
  @ApiProperty({ description: 'attributes of type 1 (参数), only id and name set' })
  productAttributeList!: Array<Record<string, unknown>>;
}
