import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { PageQuery } from '@mall/common';

/** Query of `GET /subject/list`. */
export class SubjectListQuery extends PageQuery {
  @ApiPropertyOptional({ description: '专题名称关键字' })
  @IsOptional()
  @IsString()
  keyword?: string;
}
