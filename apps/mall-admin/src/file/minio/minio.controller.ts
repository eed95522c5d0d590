import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Post,
  Req,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommonResult, RequestParam, RequiredStringPipe } from '@mall/common';
import type { FastifyRequest } from 'fastify';
import { UploadService } from './upload.service';

@ApiTags('MinioController')
@Controller('minio')
export class MinioController {
  constructor(private readonly uploads: UploadService) {}

  @ApiOperation({ summary: '文件上传' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @Post('upload')
  async upload(@Req() request: FastifyRequest) {
    return CommonResult.success(await this.uploads.upload(request));
  }

  @ApiOperation({ summary: '文件删除' })
  @ApiQuery({ name: 'objectName', description: '如 20250101/logo.png' })
  @Post('delete')
  async delete(@RequestParam('objectName', RequiredStringPipe) objectName: string) {
    await this.uploads.delete(objectName);
    return CommonResult.success(null);
  }

  /** Files of the local-disk store (the URLs `upload` returns when MinIO is not configured). */
  @ApiOperation({ summary: '读取已上传的文件' })
  @Get('files/*')
  @Header('Cache-Control', 'public, max-age=86400')
  @Header('X-Content-Type-Options', 'nosniff')
  async file(@Req() request: FastifyRequest) {
    const key = (request.params as Record<string, string | undefined>)['*'] ?? '';
    const content = await this.uploads.read(key);
    if (!content) throw new NotFoundException(`no file ${key}`);
    return new StreamableFile(content.stream, { type: content.contentType, length: content.size });
  }
}
