import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  CommonPage,
  CommonResult,
  IdsParams,
  RequestParams,
  VALIDATE_REQUEST_PARAMS,
} from '@mall/common';
import type { SmsHomeAdvertise } from '@mall/db';
import {
  HomeAdvertiseDto,
  HomeAdvertiseQueryDto,
  HomeAdvertiseStatusParams,
} from './dto/home-advertise.dto';
import { HomeAdvertiseService } from './home-advertise.service';

@ApiTags('SmsHomeAdvertiseController')
@Controller('home/advertise')
export class HomeAdvertiseController {
  constructor(private readonly adverts: HomeAdvertiseService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加广告' })
  async create(@Body() body: HomeAdvertiseDto): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.adverts.create(body));
  }

  @Post('delete')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '删除广告' })
  @ApiQuery({ type: IdsParams })
  async delete(
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: IdsParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.adverts.delete(params.ids));
  }

  @Post('update/status/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改上下线状态' })
  @ApiQuery({ type: HomeAdvertiseStatusParams })
  async updateStatus(
    @Param('id', ParseIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: HomeAdvertiseStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.adverts.updateStatus(id, params.status));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改广告' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: HomeAdvertiseDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.adverts.update(id, body));
  }

  @Get('list')
  @ApiOperation({ summary: '分页查询广告' })
  async list(
    @Query() query: HomeAdvertiseQueryDto,
  ): Promise<CommonResult<CommonPage<SmsHomeAdvertise>>> {
    return CommonResult.success(await this.adverts.list(query));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取广告详情' })
  async getItem(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<SmsHomeAdvertise | null>> {
    return CommonResult.success(await this.adverts.getItem(id));
  }
}
