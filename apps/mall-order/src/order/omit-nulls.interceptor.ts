import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { CommonResult } from '@mall/common';
import { setEnvelopeCode } from '@mall/observability';
import { map, Observable } from 'rxjs';

/**
 * Drops null and undefined object fields from a response, recursively: mall-order's original
 * serialised with Jackson's NON_NULL, so `success(null)` is `{"code":200,"message":"操作成功"}` and
 * an order without a coupon has no `couponId` field (spec §0.3, §9 #2). Array elements are kept.
 */
export function omitNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omitNulls);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field !== null && field !== undefined) result[key] = omitNulls(field);
  }
  return result;
}

@Injectable()
export class OmitNullsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<object>();
    return next.handle().pipe(
      map((body) => {
        // Recorded here: once `data` is gone the body no longer looks like an envelope.
        if (CommonResult.isEnvelope(body)) setEnvelopeCode(reply, body.code);
        return omitNulls(body);
      }),
    );
  }
}
