import { Inject, Injectable } from '@nestjs/common';
import { ApiException } from '@mall/common';
import { FileSettings } from '../file-settings';
import { FILE_SETTINGS } from '../storage/storage.providers';
import { createOssPolicy, OssCallbackResult, ossHost, OssPolicyResult } from './oss-policy';

export interface OssCallbackParams {
  filename: string;
  size?: string;
  mimeType?: string;
  width?: string;
  height?: string;
}

/** Aliyun OSS direct upload: signs upload policies and echoes OSS's upload callback. */
@Injectable()
export class OssService {
  constructor(@Inject(FILE_SETTINGS) private readonly settings: FileSettings) {}

  policy(now = new Date()): OssPolicyResult {
    const { oss } = this.settings;
    if (!oss.accessKeyId || !oss.accessKeySecret || !oss.bucketName) {
      throw new ApiException(
        'OSS未配置：请设置 app.oss.accessKeyId、app.oss.accessKeySecret 和 app.oss.bucketName',
      );
    }
    return createOssPolicy(oss, now);
  }

  callback(params: OssCallbackParams): OssCallbackResult {
    return {
      filename: `${ossHost(this.settings.oss)}/${params.filename}`,
      size: params.size ?? null,
      mimeType: params.mimeType ?? null,
      width: params.width ?? null,
      height: params.height ?? null,
    };
  }
}
