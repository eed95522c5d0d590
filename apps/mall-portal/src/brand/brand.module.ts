import { Module } from '@nestjs/common';
import { HomeModule } from '../home/home.module';
import { BrandController } from './brand.controller';
import { BrandService } from './brand.service';

@Module({ imports: [HomeModule], controllers: [BrandController], providers: [BrandService] })
export class BrandModule {}
