import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Largest page: Elasticsearch answers at most 10 000 hits per search anyway. */
export const MAX_PAGE_SIZE = 1000;

/** A keyword of only spaces means no keyword. */
const TrimmedKeyword = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });

/** `pageNum` (0-based, Spring Data's page number) and `pageSize`, with the original's defaults. */
export class ZeroBasedPageQuery {
  @ApiPropertyOptional({ default: 0, description: 'page number, 0-based' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  pageNum: number = 0;

  @ApiPropertyOptional({ default: 5 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 5;
}

export class SimpleSearchQuery extends ZeroBasedPageQuery {
  @ApiPropertyOptional({ description: 'every word in the name, the subtitle or the keywords' })
  @IsOptional()
  @TrimmedKeyword()
  @IsString()
  @MaxLength(200)
  keyword?: string;
}

export class ProductSearchQuery extends ZeroBasedPageQuery {
  @ApiPropertyOptional({ description: 'scored 10 in the name, 5 in the subtitle, 2 in keywords' })
  @IsOptional()
  @TrimmedKeyword()
  @IsString()
  @MaxLength(200)
  keyword?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  brandId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  productCategoryId?: number;

  @ApiPropertyOptional({
    default: 0,
    description: '排序字段:0->按相关度；1->按新品；2->按销量；3->价格从低到高；4->价格从高到低',
  })
  @Type(() => Number)
  @IsInt()
  sort: number = 0;
}

export class RelatedInfoQuery {
  @ApiPropertyOptional({ description: 'any word in the name, the subtitle or the keywords' })
  @IsOptional()
  @TrimmedKeyword()
  @IsString()
  @MaxLength(200)
  keyword?: string;
}
