/** Envelope codes of the original system (`ResultCode`), kept so the original front-ends keep working. */
export interface ErrorCode {
  readonly code: number;
  readonly message: string;
}

export const ResultCode = {
  SUCCESS: { code: 200, message: '操作成功' },
  FAILED: { code: 500, message: '操作失败' },
  VALIDATE_FAILED: { code: 404, message: '参数检验失败' },
  UNAUTHORIZED: { code: 401, message: '暂未登录或token已经过期' },
  FORBIDDEN: { code: 403, message: '没有相关权限' },
  /** Not in the original: the gateway's rate limiter answers with it. */
  TOO_MANY_REQUESTS: { code: 429, message: '请求过于频繁，请稍后再试' },
} as const satisfies Record<string, ErrorCode>;
