import { Module } from '@nestjs/common';
import { PrefrenceAreaModule } from './prefrence-area/prefrence-area.module';
import { SubjectModule } from './subject/subject.module';

/** CMS controllers of mall-admin: one sub-folder per controller (e.g. `cms/<name>/`). */
@Module({ imports: [PrefrenceAreaModule, SubjectModule] })
export class CmsModule {}
