import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommonResult } from '@mall/common';
import { RawResponse } from '@mall/observability';
import { InstanceStatus } from './instance-status';
import { InstancesService } from './instances.service';
import { MONITOR_PAGE } from './monitor-page';

@ApiTags('监控')
@Controller()
export class InstancesController {
  constructor(private readonly instances: InstancesService) {}

  @ApiOperation({ summary: '各服务实例的健康状态与关键指标' })
  @ApiOkResponse({ type: InstanceStatus, isArray: true })
  @Get('instances')
  async list(): Promise<CommonResult<InstanceStatus[]>> {
    return CommonResult.success(await this.instances.list());
  }

  @ApiOperation({ summary: '监控总览页面' })
  @RawResponse()
  @Header('content-type', 'text/html; charset=utf-8')
  @Get()
  page(): string {
    return MONITOR_PAGE;
  }
}
