import { ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { ApiException } from './api-exception';
import { ResultCode } from './result-code';

/** The first failing constraint as `<field path>: <message>`, e.g. `productCategoryId: must be a number`. */
export function firstValidationMessage(
  errors: ValidationError[],
  parentPath = '',
): string | undefined {
  for (const error of errors) {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const constraints = error.constraints ? Object.values(error.constraints) : [];
    if (constraints.length > 0) {
      const message = constraints[0];
      // class-validator's default messages already start with the property name; custom ones may not.
      return message.startsWith(error.property)
        ? `${path}${message.slice(error.property.length)}`
        : `${path}: ${message}`;
    }
    const nested = firstValidationMessage(error.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * The validation pipe every service uses: transforms query/body into DTO classes and answers a failure with
 * `{ code: 404, message: '<field>: <problem>', data: null }` like the original's BindingResult aspect.
 */
export function createValidationPipe(options: ValidationPipeOptions = {}): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) =>
      new ApiException(
        ResultCode.VALIDATE_FAILED,
        firstValidationMessage(errors) ?? ResultCode.VALIDATE_FAILED.message,
      ),
    ...options,
  });
}
