import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { FileSettings } from '../file-settings';
import { FILE_SETTINGS } from '../storage/storage.providers';

/**
 * Registers @fastify/multipart on this service's Fastify instance (before it starts listening), so
 * `POST /minio/upload` can read its `file` part as a stream. Only multipart requests are affected.
 */
@Injectable()
export class MultipartSetup implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(FILE_SETTINGS) private readonly settings: FileSettings,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('multipart/form-data')) return;
    void fastify.register(multipart, {
      limits: { fileSize: this.settings.storage.maxFileSizeBytes, files: 1, fields: 20 },
    });
  }
}
