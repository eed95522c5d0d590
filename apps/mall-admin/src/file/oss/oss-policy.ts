import { createHmac } from 'node:crypto';
import { dayFolder, OssSettings } from '../file-settings';

/** `OssPolicyResult`: what the browser needs for a PostObject upload straight to OSS. */
export interface OssPolicyResult {
  accessKeyId: string;
  /** Base64 of the policy JSON. */
  policy: string;
  /** Base64 HMAC-SHA1 of `policy` with the access key secret. */
  signature: string;
  /** Key prefix the policy allows: `<dirPrefix><yyyyMMdd>`. */
  dir: string;
  /** Upload endpoint: `http://<bucket>.<endpoint>`. */
  host: string;
  /** Base64 of the callback OSS calls after the upload. */
  callback: string;
}

/** `OssCallbackResult`. */
export interface OssCallbackResult {
  filename: string;
  size: string | null;
  mimeType: string | null;
  width: string | null;
  height: string | null;
}

/** The callback body template OSS fills in (`${object}` etc. are OSS variables, not JS ones). */
export const OSS_CALLBACK_BODY =
  'filename=${object}&size=${size}&mimeType=${mimeType}&height=${imageInfo.height}&width=${imageInfo.width}';

export function ossHost(settings: OssSettings): string {
  return `http://${settings.bucketName}.${settings.endpoint}`;
}

/** The PostObject signature: Base64(HMAC-SHA1(secret, Base64(policy JSON))). */
export function signOssPolicy(encodedPolicy: string, accessKeySecret: string): string {
  return createHmac('sha1', accessKeySecret).update(encodedPolicy, 'utf8').digest('base64');
}

/**
 * A PostObject policy as the Aliyun SDK's `generatePostPolicy` writes it: expiry `policyExpireSeconds`
 * from `now`, size range 0..maxSizeMb MiB, keys starting with today's folder.
 */
export function createOssPolicy(settings: OssSettings, now: Date): OssPolicyResult {
  const dir = settings.dirPrefix + dayFolder(now);
  const expiration = new Date(now.getTime() + settings.policyExpireSeconds * 1000).toISOString();
  const policyJson = JSON.stringify({
    expiration,
    conditions: [
      ['content-length-range', 0, settings.maxSizeMb * 1024 * 1024],
      ['starts-with', '$key', dir],
    ],
  });
  const policy = Buffer.from(policyJson, 'utf8').toString('base64');
  const callback = Buffer.from(
    JSON.stringify({
      callbackUrl: settings.callback,
      callbackBody: OSS_CALLBACK_BODY,
      callbackBodyType: 'application/x-www-form-urlencoded',
    }),
    'utf8',
  ).toString('base64');
  return {
    accessKeyId: settings.accessKeyId,
    policy,
    signature: signOssPolicy(policy, settings.accessKeySecret),
    dir,
    host: ossHost(settings),
    callback,
  };
}
