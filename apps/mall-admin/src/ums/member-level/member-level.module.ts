import { Module } from '@nestjs/common';
import { MemberLevelController } from './member-level.controller';
import { MemberLevelService } from './member-level.service';

/** `/memberLevel/list`: member levels (the product editor's member prices). */
@Module({ controllers: [MemberLevelController], providers: [MemberLevelService] })
export class MemberLevelModule {}
