import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../home/dto/home-queries.dto';

export class ProductSearchQuery {
  @ApiPropertyOptional({ description: 'part of the product name' })
  @IsOptional()
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

  @ApiPropertyOptional({ default: 0, description: '0 or less reads page 1 (echoed as given)' })
  @Type(() => Number)
  @IsInt()
  pageNum: number = 0;

  @ApiPropertyOptional({ default: 5 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 5;

  @ApiPropertyOptional({
    default: 0,
    description: '0 relevance (none), 1 newest, 2 sales, 3 price ascending, 4 price descending',
  })
  @Type(() => Number)
  @IsInt()
  sort: number = 0;
}
