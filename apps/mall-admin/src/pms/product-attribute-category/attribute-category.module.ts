import { Module } from '@nestjs/common';
import { AttributeCategoryController } from './attribute-category.controller';
import { AttributeCategoryService } from './attribute-category.service';

@Module({ controllers: [AttributeCategoryController], providers: [AttributeCategoryService] })
export class AttributeCategoryModule {}
