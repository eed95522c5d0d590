import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import { SubjectListQuery } from './dto/subject-list.query';
import { SubjectService } from './subject.service';

@ApiTags('CmsSubjectController')
@Controller('subject')
export class SubjectController {
  constructor(private readonly subjects: SubjectService) {}

  @ApiOperation({ summary: '获取全部商品专题' })
  @Get('listAll')
  async listAll() {
    return CommonResult.success(await this.subjects.listAll());
  }

  @ApiOperation({ summary: '根据专题名称分页获取专题' })
  @Get('list')
  async list(@Query() query: SubjectListQuery) {
    return CommonResult.success(await this.subjects.list(query));
  }
}
