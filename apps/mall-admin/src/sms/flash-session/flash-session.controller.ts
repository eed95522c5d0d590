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
import { CommonResult, RequestParams, VALIDATE_REQUEST_PARAMS } from '@mall/common';
import {
  FlashSessionDto,
  FlashSessionSelectQuery,
  FlashSessionStatusParams,
} from './dto/flash-session.dto';
import { FlashSessionDetail, FlashSessionService, FlashSessionView } from './flash-session.service';

@ApiTags('SmsFlashPromotionSessionController')
@Controller('flashSession')
export class FlashSessionController {
  constructor(private readonly sessions: FlashSessionService) {}

  @Post('create')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '添加场次' })
  async create(@Body() body: FlashSessionDto): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.sessions.create(body));
  }

  @Post('update/status/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改启用状态' })
  @ApiQuery({ type: FlashSessionStatusParams })
  async updateStatus(
    @Param('id', ParseIntPipe) id: number,
    @RequestParams(VALIDATE_REQUEST_PARAMS) params: FlashSessionStatusParams,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.sessions.updateStatus(id, params.status));
  }

  @Post('update/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '修改场次' })
  async update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: FlashSessionDto,
  ): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.sessions.update(id, body));
  }

  @Post('delete/:id')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '删除场次' })
  async delete(@Param('id', ParseIntPipe) id: number): Promise<CommonResult<number | null>> {
    return CommonResult.fromCount(await this.sessions.delete(id));
  }

  @Get('list')
  @ApiOperation({ summary: '获取全部场次' })
  async list(): Promise<CommonResult<FlashSessionView[]>> {
    return CommonResult.success(await this.sessions.list());
  }

  @Get('selectList')
  @ApiOperation({ summary: '获取全部可选场次及其数量' })
  async selectList(
    @Query() query: FlashSessionSelectQuery,
  ): Promise<CommonResult<FlashSessionDetail[]>> {
    return CommonResult.success(await this.sessions.selectList(query.flashPromotionId));
  }

  @Get(':id')
  @ApiOperation({ summary: '获取场次详情' })
  async getItem(
    @Param('id', ParseIntPipe) id: number,
  ): Promise<CommonResult<FlashSessionView | null>> {
    return CommonResult.success(await this.sessions.getItem(id));
  }
}
