import { IdsParams, PageQuery, SwitchParam } from '@mall/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** `GET /brand/list` */
export class BrandListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'part of the brand name' })
  @IsOptional()
  @IsString()
  keyword?: string;
}

/** `POST /brand/update/showStatus` */
export class BrandShowStatusParams extends IdsParams {
  @SwitchParam()
  showStatus!: number;
}

/** `POST /brand/update/factoryStatus` */
export class BrandFactoryStatusParams extends IdsParams {
  @SwitchParam()
  factoryStatus!: number;
}
