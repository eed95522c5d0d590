import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayNotEmpty, IsArray, IsInt, IsString, Min } from 'class-validator';

/**
 * Body of `/member/readHistory/create` (MemberReadHistory). Only `productId` is read: the member
 * fields come from the token and the product fields from the catalogue.
 */
export class ReadHistoryCreateDto {
  @ApiProperty({ description: '商品id' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  productId!: number;
}

/** `ids` of `/member/readHistory/delete`: `ids=a,b` or `ids=a&ids=b` (query or form). */
export class ReadHistoryDeleteParams {
  @ApiProperty({ type: [String], description: '浏览记录id' })
  @Transform(({ value }: { value: unknown }) =>
    value === undefined || value === null
      ? value
      : (Array.isArray(value) ? value : [value])
          .flatMap((item) => String(item).split(','))
          .map((id) => id.trim())
          .filter((id) => id.length > 0),
  )
  @IsArray()
  @ArrayNotEmpty()
  @IsString({ each: true })
  ids!: string[];
}
