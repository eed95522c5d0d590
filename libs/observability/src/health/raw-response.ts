import { SetMetadata } from '@nestjs/common';

/** Metadata key telling the response interceptor not to wrap a handler's result in `{code,message,data}`. */
export const RAW_RESPONSE_KEY = 'mall:raw-response';

/** Marks a controller or handler whose responses are sent as-is (health, metrics, info). */
export const RawResponse = () => SetMetadata(RAW_RESPONSE_KEY, true);
