import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/**
 * Body of `/member/attention/add` (MemberBrandAttention). `brandName` and `brandLogo` come from
 * the catalogue and the member fields from the token; `brandCity` (not a catalogue field) is kept.
 */
export class BrandAttentionAddDto {
  @ApiProperty({ description: '品牌id' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  brandId!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  brandCity?: string | null;
}

/** `brandId` of `/member/attention/delete`: optional, as in the original. */
export class OptionalBrandIdParams {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  brandId?: number;
}

/** `brandId` of `/member/attention/detail`: required. */
export class BrandIdQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  brandId!: number;
}
