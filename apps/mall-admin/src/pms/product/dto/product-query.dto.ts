import { IdsParams, PageQuery, SwitchParam } from '@mall/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalQueryInt, OptionalQueryText } from '../../shared/field-rules';

/** `GET /product/list` (PmsProductQueryParam + paging); every filter is optional. */
export class ProductListQuery extends PageQuery {
  @OptionalQueryInt('上架状态') publishStatus?: number;
  @OptionalQueryInt('审核状态') verifyStatus?: number;
  @OptionalQueryText('商品名称模糊关键字') keyword?: string;
  @OptionalQueryText('商品货号 (exact)') productSn?: string;
  @OptionalQueryInt('商品分类编号') productCategoryId?: number;
  @OptionalQueryInt('商品品牌编号') brandId?: number;
}

/** `GET /product/simpleList` */
export class ProductSimpleListQuery {
  @ApiPropertyOptional({ description: 'part of the name or of the product number' })
  @IsString()
  @IsOptional()
  keyword?: string;
}

/** `POST /product/update/verifyStatus` */
export class VerifyStatusParams extends IdsParams {
  @ApiProperty({ enum: [0, 1], description: '审核状态：0->未审核；1->审核通过' })
  @IsIn([0, 1])
  @IsDefined()
  @Type(() => Number)
  verifyStatus!: number;

  @ApiProperty({ description: '审核反馈详情', maxLength: 255 })
  @MaxLength(255)
  @IsString()
  @IsDefined()
  detail!: string;
}

export class PublishStatusParams extends IdsParams {
  @SwitchParam() publishStatus!: number;
}

export class RecommendStatusParams extends IdsParams {
  @SwitchParam() recommendStatus!: number;
}

export class NewStatusParams extends IdsParams {
  @SwitchParam() newStatus!: number;
}

export class DeleteStatusParams extends IdsParams {
  @SwitchParam() deleteStatus!: number;
}
