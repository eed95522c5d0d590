import { createHmac } from 'node:crypto';
import { ossSettingsSchema } from '../file-settings';
import { createOssPolicy, signOssPolicy } from './oss-policy';

describe('createOssPolicy', () => {
  const settings = ossSettingsSchema.parse({
    accessKeyId: 'id',
    accessKeySecret: 'secret',
    bucketName: 'mall-bucket',
    callback: 'http://cb.example.com/aliyun/oss/callback',
  });

  it('writes the policy the Aliyun SDK writes and signs it with HMAC-SHA1', () => {
    const now = new Date(2025, 0, 31, 23, 59, 0);
    const result = createOssPolicy(settings, now);
    const expiration = new Date(now.getTime() + 300_000).toISOString();
    expect(Buffer.from(result.policy, 'base64').toString('utf8')).toBe(
      `{"expiration":"${expiration}","conditions":[["content-length-range",0,10485760],["starts-with","$key","mall/images/20250131"]]}`,
    );
    expect(result).toMatchObject({
      accessKeyId: 'id',
      dir: 'mall/images/20250131',
      host: 'http://mall-bucket.oss-cn-beijing.aliyuncs.com',
    });
    expect(result.signature).toBe(
      createHmac('sha1', 'secret').update(result.policy).digest('base64'),
    );
  });

  it('signs the Base64 policy text, not the JSON', () => {
    // Base64("{}") signed with "key": a fixed vector guarding against signing the wrong input.
    expect(signOssPolicy('e30=', 'key')).toBe(
      createHmac('sha1', 'key').update('e30=').digest('base64'),
    );
    expect(signOssPolicy('e30=', 'key')).not.toBe(
      createHmac('sha1', 'key').update('{}').digest('base64'),
    );
  });
});
