import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Body of `/member/address/add` and `/member/address/update/{id}` (UmsMemberReceiveAddress).
 * `id` and `memberId` are not declared, so they are dropped: the member always comes from the
 * token and an update never moves an address to another member (spec §9 #30).
 * Lengths are the column sizes, so an oversized value is a validation failure, not a 500.
 */
export class ReceiveAddressDto {
  @ApiPropertyOptional({ description: '收货人名称' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  phoneNumber?: string | null;

  @ApiPropertyOptional({ description: '是否为默认: 0->否；1->是', enum: [0, 1] })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn([0, 1])
  defaultStatus?: number | null;

  @ApiPropertyOptional({ description: '邮政编码' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  postCode?: string | null;

  @ApiPropertyOptional({ description: '省份/直辖市' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  province?: string | null;

  @ApiPropertyOptional({ description: '城市' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @ApiPropertyOptional({ description: '区' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @ApiPropertyOptional({ description: '详细地址(街道)' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  detailAddress?: string | null;
}

/** The columns a body may set, in entity order. */
export const ADDRESS_FIELDS = [
  'name',
  'phoneNumber',
  'defaultStatus',
  'postCode',
  'province',
  'city',
  'region',
  'detailAddress',
] as const satisfies readonly (keyof ReceiveAddressDto)[];
