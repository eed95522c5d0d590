import { Inject } from '@nestjs/common';

/** Injection token of the loaded `SigningKeys`. */
export const SIGNING_KEYS = 'SIGNING_KEYS';
export const InjectSigningKeys = (): ParameterDecorator => Inject(SIGNING_KEYS);
