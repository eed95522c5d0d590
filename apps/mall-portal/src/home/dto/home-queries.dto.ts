import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Rows per request are bounded so one call cannot ask for the whole catalog. */
export const MAX_PAGE_SIZE = 1000;

/** `/home/content`: `pageNum` is the SQL OFFSET (default 4) and `pageSize` the LIMIT (default 1). */
export class HomeContentQuery {
  @ApiPropertyOptional({ default: 4, description: 'used as SQL OFFSET (original behaviour)' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  pageNum: number = 4;

  @ApiPropertyOptional({ default: 1, description: 'used as SQL LIMIT (original behaviour)' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 1;
}

/** 1-based page with a per-endpoint default size. */
abstract class HomePage {
  @ApiPropertyOptional({ default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  pageNum: number = 1;

  abstract pageSize: number;
}

export class RecommendProductQuery extends HomePage {
  @ApiPropertyOptional({ default: 4 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 4;
}

export class SubjectListQuery extends HomePage {
  @ApiPropertyOptional({ description: 'subject category id' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  cateId?: number;

  @ApiPropertyOptional({ default: 4 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 4;
}

/** `/home/hotProductList` and `/home/newProductList`. */
export class HomeProductPageQuery extends HomePage {
  @ApiPropertyOptional({ default: 6 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 6;
}
