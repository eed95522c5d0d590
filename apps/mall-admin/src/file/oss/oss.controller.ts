import { Controller, Get, Post } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommonResult, OptionalStringPipe, RequestParam, RequiredStringPipe } from '@mall/common';
import { OssService } from './oss.service';

@ApiTags('OssController')
@Controller('aliyun/oss')
export class OssController {
  constructor(private readonly oss: OssService) {}

  @ApiOperation({ summary: 'oss上传签名生成' })
  @Get('policy')
  policy() {
    return CommonResult.success(this.oss.policy());
  }

  /** OSS posts the callback body of the policy as a form; query parameters work too. */
  @ApiOperation({ summary: 'oss上传成功回调' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiQuery({ name: 'filename', description: '对象名' })
  @ApiQuery({ name: 'size', required: false })
  @ApiQuery({ name: 'mimeType', required: false })
  @ApiQuery({ name: 'width', required: false })
  @ApiQuery({ name: 'height', required: false })
  @Post('callback')
  callback(
    @RequestParam('filename', RequiredStringPipe) filename: string,
    @RequestParam('size', OptionalStringPipe) size?: string,
    @RequestParam('mimeType', OptionalStringPipe) mimeType?: string,
    @RequestParam('width', OptionalStringPipe) width?: string,
    @RequestParam('height', OptionalStringPipe) height?: string,
  ) {
    return CommonResult.success(this.oss.callback({ filename, size, mimeType, width, height }));
  }
}
