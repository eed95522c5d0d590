import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../home/dto/home-queries.dto';

export class BrandRecommendQuery {
  @ApiPropertyOptional({ default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  pageNum: number = 1;

  @ApiPropertyOptional({ default: 6 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 6;
}

export class BrandProductQuery extends BrandRecommendQuery {
  @ApiProperty({ required: true })
  @Type(() => Number)
  @IsInt()
  brandId!: number;
}
