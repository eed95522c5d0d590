import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UmsResourceCategory } from '@mall/db';
import { Repository } from 'typeorm';
import { givenFields } from '../shared';
import { CreateResourceCategoryDto, UpdateResourceCategoryDto } from './dto/resource-category.dto';

/** `ums_resource_category`: groups of resources in the admin UI. Resources keep their category id. */
@Injectable()
export class ResourceCategoryService {
  constructor(
    @InjectRepository(UmsResourceCategory)
    private readonly categories: Repository<UmsResourceCategory>,
  ) {}

  listAll(): Promise<UmsResourceCategory[]> {
    return this.categories.find({ order: { sort: 'DESC', id: 'ASC' } });
  }

  async create(dto: CreateResourceCategoryDto): Promise<number> {
    await this.categories.insert({
      createTime: new Date(),
      name: dto.name,
      sort: dto.sort ?? null,
    });
    return 1;
  }

  async update(id: number, dto: UpdateResourceCategoryDto): Promise<number> {
    const result = await this.categories.update({ id }, givenFields(dto));
    return result.affected ?? 0;
  }

  async delete(id: number): Promise<number> {
    const result = await this.categories.delete({ id });
    return result.affected ?? 0;
  }
}
