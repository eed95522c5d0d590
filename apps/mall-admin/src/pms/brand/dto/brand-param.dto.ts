import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsByteLength,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';

/** Body of `POST /brand/create` and `POST /brand/update/:id` (PmsBrandParam). */
export class BrandParamDto {
  @ApiProperty({ description: '品牌名称', maxLength: 64 })
  @MaxLength(64)
  @IsString()
  @IsNotEmpty({ message: '名称不能为空' })
  name!: string;

  @ApiPropertyOptional({ description: '品牌首字母; empty = first character of the name' })
  @MaxLength(8)
  @IsString()
  @IsOptional()
  firstLetter?: string | null;

  @ApiPropertyOptional({ description: '排序字段', minimum: 0 })
  @Min(0, { message: '排序最小为0' })
  @IsInt()
  @IsOptional()
  sort?: number | null;

  @ApiPropertyOptional({ description: '是否为厂家制造商', enum: [0, 1] })
  @IsIn([0, 1], { message: '厂家状态不正确' })
  @IsOptional()
  factoryStatus?: number | null;

  @ApiPropertyOptional({ description: '是否进行显示', enum: [0, 1] })
  @IsIn([0, 1], { message: '显示状态不正确' })
  @IsOptional()
  showStatus?: number | null;

  @ApiProperty({ description: '品牌logo', maxLength: 255 })
  @MaxLength(255)
  @IsString()
  @IsNotEmpty({ message: '品牌logo不能为空' })
  logo!: string;

  @ApiPropertyOptional({ description: '品牌大图', maxLength: 255 })
  @MaxLength(255)
  @IsString()
  @IsOptional()
  bigPic?: string | null;

  @ApiPropertyOptional({ description: '品牌故事' })
  @IsByteLength(0, 65535)
  @IsString()
  @IsOptional()
  brandStory?: string | null;
}
