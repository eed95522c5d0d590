import { Module } from '@nestjs/common';
import { PmsSharedModule } from '../shared/pms-shared.module';
import { BrandController } from './brand.controller';
import { BrandService } from './brand.service';

@Module({ imports: [PmsSharedModule], controllers: [BrandController], providers: [BrandService] })
export class BrandModule {}
