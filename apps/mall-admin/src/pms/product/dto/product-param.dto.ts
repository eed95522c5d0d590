import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  OptionalDateTime,
  OptionalFlag,
  OptionalId,
  OptionalInt,
  OptionalLongText,
  OptionalMoney,
  OptionalText,
} from '../../shared/field-rules';
import {
  AttributeValueDto,
  MemberPriceDto,
  PrefrenceAreaRelationDto,
  ProductFullReductionDto,
  ProductLadderDto,
  SkuStockDto,
  SubjectRelationDto,
} from './product-children.dto';

/** An optional list of child rows, each validated (errors read `skuStockList.0.price …`). */
function ChildList(type: () => new () => object, description: string): PropertyDecorator {
  return (target, property) => {
    ApiPropertyOptional({ type, isArray: true, description })(target, property);
    IsOptional()(target, property);
    IsArray()(target, property);
    ValidateNested({ each: true })(target, property);
    Type(type)(target, property);
  };
}

/** The `pms_product` columns and child lists shared by create and update (PmsProductParam). */
export class ProductFieldsDto {
  @OptionalId() brandId?: number | null;
  @OptionalId() productCategoryId?: number | null;
  @OptionalId() feightTemplateId?: number | null;
  @OptionalId() productAttributeCategoryId?: number | null;
  @OptionalText(255) pic?: string | null;
  @OptionalFlag([0, 1], '删除状态：0->未删除；1->已删除') deleteStatus?: number | null;
  @OptionalFlag([0, 1], '上架状态：0->下架；1->上架') publishStatus?: number | null;
  @OptionalFlag([0, 1], '新品状态:0->不是新品；1->新品') newStatus?: number | null;
  @OptionalFlag([0, 1], '推荐状态；0->不推荐；1->推荐') recommandStatus?: number | null;
  @OptionalFlag([0, 1], '审核状态：0->未审核；1->审核通过') verifyStatus?: number | null;
  @OptionalInt('排序', -2_147_483_648) sort?: number | null;
  @OptionalInt('销量') sale?: number | null;
  @OptionalMoney() price?: number | null;
  @OptionalMoney('促销价格') promotionPrice?: number | null;
  @OptionalInt('赠送的成长值') giftGrowth?: number | null;
  @OptionalInt('赠送的积分') giftPoint?: number | null;
  @OptionalInt('限制使用的积分数') usePointLimit?: number | null;
  @OptionalText(255, '副标题') subTitle?: string | null;
  @OptionalLongText('商品描述') description?: string | null;
  @OptionalMoney('市场价') originalPrice?: number | null;
  @OptionalInt('库存') stock?: number | null;
  @OptionalInt('库存预警值') lowStock?: number | null;
  @OptionalText(16, '单位') unit?: string | null;
  @OptionalMoney('商品重量，默认为克') weight?: number | null;
  @OptionalFlag([0, 1], '是否为预告商品：0->不是；1->是') previewStatus?: number | null;
  @OptionalText(64, '以逗号分割的产品服务：1->无忧退货；2->快速退款；3->免费包邮')
  serviceIds?: string | null;
  @OptionalText(255) keywords?: string | null;
  @OptionalText(255) note?: string | null;
  @OptionalText(255, '画册图片，连产品图片限制为5张，以逗号分割') albumPics?: string | null;
  @OptionalText(255) detailTitle?: string | null;
  @OptionalLongText() detailDesc?: string | null;
  @OptionalLongText('产品详情网页内容') detailHtml?: string | null;
  @OptionalLongText('移动端网页详情') detailMobileHtml?: string | null;
  @OptionalDateTime('促销开始时间') promotionStartTime?: Date | null;
  @OptionalDateTime('促销结束时间') promotionEndTime?: Date | null;
  @OptionalInt('活动限购数量') promotionPerLimit?: number | null;
  @OptionalFlag(
    [0, 1, 2, 3, 4, 5],
    '促销类型：0->没有促销使用原价;1->使用促销价；2->使用会员价；3->使用阶梯价格；4->使用满减价格；5->限时购',
  )
  promotionType?: number | null;
  @OptionalText(255, '品牌名称') brandName?: string | null;
  @OptionalText(255, '商品分类名称') productCategoryName?: string | null;

  @ChildList(() => ProductLadderDto, '商品阶梯价格设置')
  productLadderList?: ProductLadderDto[] | null;
  @ChildList(() => ProductFullReductionDto, '商品满减价格设置')
  productFullReductionList?: ProductFullReductionDto[] | null;
  @ChildList(() => MemberPriceDto, '商品会员价格设置')
  memberPriceList?: MemberPriceDto[] | null;
  @ChildList(() => SkuStockDto, '商品的sku库存信息')
  skuStockList?: SkuStockDto[] | null;
  @ChildList(() => AttributeValueDto, '商品参数及自定义规格属性')
  productAttributeValueList?: AttributeValueDto[] | null;
  @ChildList(() => SubjectRelationDto, '专题和商品关系')
  subjectProductRelationList?: SubjectRelationDto[] | null;
  @ChildList(() => PrefrenceAreaRelationDto, '优选专区和商品的关系')
  prefrenceAreaProductRelationList?: PrefrenceAreaRelationDto[] | null;
}

/** Body of `POST /product/create`: name and product_sn are NOT NULL columns. */
export class ProductCreateDto extends ProductFieldsDto {
  @ApiProperty({ description: '商品名称', maxLength: 64 })
  @MaxLength(64)
  @IsString()
  @IsNotEmpty({ message: '商品名称不能为空' })
  name!: string;

  @ApiProperty({ description: '货号', maxLength: 64 })
  @MaxLength(64)
  @IsString()
  @IsNotEmpty({ message: '商品货号不能为空' })
  productSn!: string;
}

/** Body of `POST /product/update/:id`: every field optional; null or absent = unchanged. */
export class ProductUpdateDto extends ProductFieldsDto {
  @OptionalText(64, '商品名称') name?: string | null;
  @OptionalText(64, '货号') productSn?: string | null;
}
