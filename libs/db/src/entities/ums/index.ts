import { UmsAdmin } from './ums-admin.entity';
import { UmsAdminLoginLog } from './ums-admin-login-log.entity';
import { UmsAdminPermissionRelation } from './ums-admin-permission-relation.entity';
import { UmsAdminRoleRelation } from './ums-admin-role-relation.entity';
import { UmsGrowthChangeHistory } from './ums-growth-change-history.entity';
import { UmsIntegrationChangeHistory } from './ums-integration-change-history.entity';
import { UmsIntegrationConsumeSetting } from './ums-integration-consume-setting.entity';
import { UmsMember } from './ums-member.entity';
import { UmsMemberBrandAttention } from './ums-member-brand-attention.entity';
import { UmsMemberLevel } from './ums-member-level.entity';
import { UmsMemberLoginLog } from './ums-member-login-log.entity';
import { UmsMemberMemberTagRelation } from './ums-member-member-tag-relation.entity';
import { UmsMemberProductCategoryRelation } from './ums-member-product-category-relation.entity';
import { UmsMemberProductCollection } from './ums-member-product-collection.entity';
import { UmsMemberReadHistory } from './ums-member-read-history.entity';
import { UmsMemberReceiveAddress } from './ums-member-receive-address.entity';
import { UmsMemberRuleSetting } from './ums-member-rule-setting.entity';
import { UmsMemberStatisticsInfo } from './ums-member-statistics-info.entity';
import { UmsMemberTag } from './ums-member-tag.entity';
import { UmsMemberTask } from './ums-member-task.entity';
import { UmsMenu } from './ums-menu.entity';
import { UmsPermission } from './ums-permission.entity';
import { UmsResource } from './ums-resource.entity';
import { UmsResourceCategory } from './ums-resource-category.entity';
import { UmsRole } from './ums-role.entity';
import { UmsRoleMenuRelation } from './ums-role-menu-relation.entity';
import { UmsRolePermissionRelation } from './ums-role-permission-relation.entity';
import { UmsRoleResourceRelation } from './ums-role-resource-relation.entity';

export {
  UmsAdmin,
  UmsAdminLoginLog,
  UmsAdminPermissionRelation,
  UmsAdminRoleRelation,
  UmsGrowthChangeHistory,
  UmsIntegrationChangeHistory,
  UmsIntegrationConsumeSetting,
  UmsMember,
  UmsMemberBrandAttention,
  UmsMemberLevel,
  UmsMemberLoginLog,
  UmsMemberMemberTagRelation,
  UmsMemberProductCategoryRelation,
  UmsMemberProductCollection,
  UmsMemberReadHistory,
  UmsMemberReceiveAddress,
  UmsMemberRuleSetting,
  UmsMemberStatisticsInfo,
  UmsMemberTag,
  UmsMemberTask,
  UmsMenu,
  UmsPermission,
  UmsResource,
  UmsResourceCategory,
  UmsRole,
  UmsRoleMenuRelation,
  UmsRolePermissionRelation,
  UmsRoleResourceRelation,
};

/** Every `ums_*` table's entity, in table-name order. */
export const UMS_ENTITIES = [
  UmsAdmin,
  UmsAdminLoginLog,
  UmsAdminPermissionRelation,
  UmsAdminRoleRelation,
  UmsGrowthChangeHistory,
  UmsIntegrationChangeHistory,
  UmsIntegrationConsumeSetting,
  UmsMember,
  UmsMemberBrandAttention,
  UmsMemberLevel,
  UmsMemberLoginLog,
  UmsMemberMemberTagRelation,
  UmsMemberProductCategoryRelation,
  UmsMemberProductCollection,
  UmsMemberReadHistory,
  UmsMemberReceiveAddress,
  UmsMemberRuleSetting,
  UmsMemberStatisticsInfo,
  UmsMemberTag,
  UmsMemberTask,
  UmsMenu,
  UmsPermission,
  UmsResource,
  UmsResourceCategory,
  UmsRole,
  UmsRoleMenuRelation,
  UmsRolePermissionRelation,
  UmsRoleResourceRelation,
] as const;
