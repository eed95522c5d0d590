import { Module } from '@nestjs/common';
import { HomeContentCache } from './home-content-cache.service';

@Module({ providers: [HomeContentCache], exports: [HomeContentCache] })
export class HomeContentCacheModule {}
