import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UmsPermission } from '@mall/db';
import { In, Repository } from 'typeorm';
import { buildTree, TreeNode } from '../shared';
import { CreatePermissionDto, UpdatePermissionDto } from './dto/permission.dto';

/** `ums_permission`: the legacy permission tree (the gateway authorises with resources instead). */
@Injectable()
export class PermissionService {
  constructor(
    @InjectRepository(UmsPermission) private readonly permissions: Repository<UmsPermission>,
  ) {}

  async create(dto: CreatePermissionDto): Promise<number> {
    await this.permissions.insert({
      ...this.columns(dto),
      status: 1,
      createTime: new Date(),
      sort: 0,
    });
    return 1;
  }

  async update(id: number, dto: UpdatePermissionDto): Promise<number> {
    const result = await this.permissions.update(
      { id },
      {
        ...this.columns(dto),
        status: dto.status ?? null,
        createTime: dto.createTime ?? null,
        sort: dto.sort ?? null,
      },
    );
    return result.affected ?? 0;
  }

  async delete(ids: number[]): Promise<number> {
    const result = await this.permissions.delete({ id: In(ids) });
    return result.affected ?? 0;
  }

  /** `UmsPermissionNode[]`: roots have pid 0. */
  async treeList(): Promise<Array<TreeNode<UmsPermission>>> {
    return buildTree(await this.list(), (permission) => permission.pid);
  }

  list(): Promise<UmsPermission[]> {
    return this.permissions.find({ order: { id: 'ASC' } });
  }

  private columns(dto: CreatePermissionDto) {
    return {
      pid: dto.pid,
      name: dto.name,
      value: dto.value ?? null,
      icon: dto.icon ?? null,
      type: dto.type ?? null,
      uri: dto.uri ?? null,
    };
  }
}
