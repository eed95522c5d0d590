import { CmsHelp } from './cms-help.entity';
import { CmsHelpCategory } from './cms-help-category.entity';
import { CmsMemberReport } from './cms-member-report.entity';
import { CmsPrefrenceArea } from './cms-prefrence-area.entity';
import { CmsPrefrenceAreaProductRelation } from './cms-prefrence-area-product-relation.entity';
import { CmsSubject } from './cms-subject.entity';
import { CmsSubjectCategory } from './cms-subject-category.entity';
import { CmsSubjectComment } from './cms-subject-comment.entity';
import { CmsSubjectProductRelation } from './cms-subject-product-relation.entity';
import { CmsTopic } from './cms-topic.entity';
import { CmsTopicCategory } from './cms-topic-category.entity';
import { CmsTopicComment } from './cms-topic-comment.entity';

export {
  CmsHelp,
  CmsHelpCategory,
  CmsMemberReport,
  CmsPrefrenceArea,
  CmsPrefrenceAreaProductRelation,
  CmsSubject,
  CmsSubjectCategory,
  CmsSubjectComment,
  CmsSubjectProductRelation,
  CmsTopic,
  CmsTopicCategory,
  CmsTopicComment,
};

/** Every `cms_*` table's entity, in table-name order. */
export const CMS_ENTITIES = [
  CmsHelp,
  CmsHelpCategory,
  CmsMemberReport,
  CmsPrefrenceArea,
  CmsPrefrenceAreaProductRelation,
  CmsSubject,
  CmsSubjectCategory,
  CmsSubjectComment,
  CmsSubjectProductRelation,
  CmsTopic,
  CmsTopicCategory,
  CmsTopicComment,
] as const;
