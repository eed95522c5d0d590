import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { CommonResult } from '@mall/common';
import { setEnvelopeCode } from '@mall/observability';
import { Observable, tap } from 'rxjs';

/**
 * Records the envelope `code` of each answer for the access log and the HTTP histogram: the original
 * answers business failures with HTTP 200, so the status alone would hide them.
 */
@Injectable()
export class EnvelopeCodeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<object>();
    return next.handle().pipe(
      tap((body) => {
        if (CommonResult.isEnvelope(body)) setEnvelopeCode(reply, body.code);
      }),
    );
  }
}
