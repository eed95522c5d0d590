import { Module } from '@nestjs/common';
import { ResourceCategoryController } from './resource-category.controller';
import { ResourceCategoryService } from './resource-category.service';

/** `/resourceCategory/**`. */
@Module({ controllers: [ResourceCategoryController], providers: [ResourceCategoryService] })
export class ResourceCategoryModule {}
