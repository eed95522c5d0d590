-- 10-ums-access.sql: back-office access control and member reference rows.
--
-- Seeds what an empty mall needs before anyone can log in: resource categories and resources (the Ant URL
-- patterns mall-admin publishes to the gateway as auth:resourceRolesMap), the admin menu tree whose `name`
-- values are the route names the admin Vue front-end matches, roles with their menu/resource/permission
-- grants, the demo admin accounts, member levels, points settings, demo and load-test members, and one
-- receive address per member (the schema allows only one).
--
-- Role ids follow the original data (1 product admin, 2 order admin, 5 super admin), so JWT authorities
-- such as "5_超级管理员" keep their meaning.
--
-- Every statement is idempotent: fixed primary keys with ON DUPLICATE KEY UPDATE. Reference rows are reset
-- to the values below; accounts and addresses are inserted only when absent ("id = id"), so re-seeding never
-- resets a password, a status or a points balance someone changed. Passwords are bcrypt ($2b$, cost 10).

-- ---------------------------------------------------------------------------------------------------------
-- Resource categories
INSERT INTO ums_resource_category (id, create_time, name, sort) VALUES
  (1, '2025-01-01 00:00:00', '商品模块', 6),
  (2, '2025-01-01 00:00:00', '订单模块', 5),
  (3, '2025-01-01 00:00:00', '营销模块', 4),
  (4, '2025-01-01 00:00:00', '权限模块', 3),
  (5, '2025-01-01 00:00:00', '内容模块', 2),
  (6, '2025-01-01 00:00:00', '其他模块', 1)
ON DUPLICATE KEY UPDATE name = VALUES(name), sort = VALUES(sort);

-- ---------------------------------------------------------------------------------------------------------
-- Resources: one Ant pattern per mall-admin controller base path (relative to the service; mall-admin adds
-- the "/mall-admin" prefix when it publishes them). /admin/info and /admin/logout are separate so that every
-- role can load its menus and log out without being granted the whole /admin/** user management.
INSERT INTO ums_resource (id, create_time, name, url, description, category_id) VALUES
  (1, '2025-01-01 00:00:00', '商品品牌管理', '/brand/**', '品牌的增删改查与显示状态', 1),
  (2, '2025-01-01 00:00:00', '商品属性分类管理', '/productAttribute/category/**', '商品类型（属性分类）', 1),
  (3, '2025-01-01 00:00:00', '商品属性管理', '/productAttribute/**', '商品规格与参数', 1),
  (4, '2025-01-01 00:00:00', '商品分类管理', '/productCategory/**', '商品分类树', 1),
  (5, '2025-01-01 00:00:00', '商品管理', '/product/**', '商品的增删改查、上下架与审核', 1),
  (6, '2025-01-01 00:00:00', '商品库存管理', '/sku/**', 'SKU 库存查询与修改', 1),
  (7, '2025-01-01 00:00:00', '会员等级查询', '/memberLevel/**', '编辑商品会员价时读取会员等级', 1),
  (8, '2025-01-01 00:00:00', '订单管理', '/order/**', '订单查询、发货、关闭与备注', 2),
  (9, '2025-01-01 00:00:00', '退货申请管理', '/returnApply/**', '退货申请处理', 2),
  (10, '2025-01-01 00:00:00', '退货原因管理', '/returnReason/**', '退货原因设置', 2),
  (11, '2025-01-01 00:00:00', '订单设置管理', '/orderSetting/**', '订单超时与自动确认设置', 2),
  (12, '2025-01-01 00:00:00', '收货地址管理', '/companyAddress/**', '公司发货与退货地址', 2),
  (13, '2025-01-01 00:00:00', '优惠券管理', '/coupon/**', '优惠券的增删改查', 3),
  (14, '2025-01-01 00:00:00', '优惠券领取记录管理', '/couponHistory/**', '优惠券领取与使用记录', 3),
  (15, '2025-01-01 00:00:00', '限时购活动管理', '/flash/**', '秒杀活动', 3),
  (16, '2025-01-01 00:00:00', '限时购商品关系管理', '/flashProductRelation/**', '秒杀活动商品', 3),
  (17, '2025-01-01 00:00:00', '限时购场次管理', '/flashSession/**', '秒杀场次', 3),
  (18, '2025-01-01 00:00:00', '首页轮播广告管理', '/home/advertise/**', '首页广告', 3),
  (19, '2025-01-01 00:00:00', '首页品牌管理', '/home/brand/**', '首页推荐品牌', 3),
  (20, '2025-01-01 00:00:00', '首页新品管理', '/home/newProduct/**', '首页新品推荐', 3),
  (21, '2025-01-01 00:00:00', '首页人气推荐管理', '/home/recommendProduct/**', '首页人气推荐', 3),
  (22, '2025-01-01 00:00:00', '首页专题推荐管理', '/home/recommendSubject/**', '首页专题推荐', 3),
  (23, '2025-01-01 00:00:00', '商品优选管理', '/prefrenceArea/**', '优选专区', 5),
  (24, '2025-01-01 00:00:00', '商品专题管理', '/subject/**', '商品专题', 5),
  (25, '2025-01-01 00:00:00', '后台用户管理', '/admin/**', '后台用户、角色分配与权限', 4),
  (26, '2025-01-01 00:00:00', '后台用户角色管理', '/role/**', '角色及其菜单、资源分配', 4),
  (27, '2025-01-01 00:00:00', '后台菜单管理', '/menu/**', '后台菜单树', 4),
  (28, '2025-01-01 00:00:00', '后台资源分类管理', '/resourceCategory/**', '资源分类', 4),
  (29, '2025-01-01 00:00:00', '后台资源管理', '/resource/**', '资源（接口路径）', 4),
  (30, '2025-01-01 00:00:00', '后台权限管理', '/permission/**', '旧版权限树', 4),
  (31, '2025-01-01 00:00:00', '登录后获取用户信息', '/admin/info', '后台用户登录后加载菜单所需', 4),
  (32, '2025-01-01 00:00:00', '后台用户登出', '/admin/logout', '后台用户登出所需', 4),
  (33, '2025-01-01 00:00:00', 'MinIO 文件管理', '/minio/**', '上传与删除图片', 6),
  (34, '2025-01-01 00:00:00', 'OSS 上传签名', '/aliyun/oss/**', '阿里云 OSS 上传策略与回调', 6)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), url = VALUES(url), description = VALUES(description),
  category_id = VALUES(category_id);

-- ---------------------------------------------------------------------------------------------------------
-- Menus: `name` is the admin front-end route name, `icon` its svg icon; level 0 = top level (parent 0).
-- Hidden routes of the front-end (edit pages, allocation dialogs) need no menu row: it shows them anyway.
INSERT INTO ums_menu (id, parent_id, create_time, title, level, sort, name, icon, hidden) VALUES
  (1, 0, '2025-01-01 00:00:00', '商品', 0, 0, 'pms', 'product', 0),
  (2, 1, '2025-01-01 00:00:00', '商品列表', 1, 0, 'product', 'product-list', 0),
  (3, 1, '2025-01-01 00:00:00', '添加商品', 1, 0, 'addProduct', 'product-add', 0),
  (4, 1, '2025-01-01 00:00:00', '商品分类', 1, 0, 'productCate', 'product-cate', 0),
  (5, 1, '2025-01-01 00:00:00', '商品类型', 1, 0, 'productAttr', 'product-attr', 0),
  (6, 1, '2025-01-01 00:00:00', '品牌管理', 1, 0, 'brand', 'product-brand', 0),
  (7, 0, '2025-01-01 00:00:00', '订单', 0, 0, 'oms', 'order', 0),
  (8, 7, '2025-01-01 00:00:00', '订单列表', 1, 0, 'order', 'product-list', 0),
  (9, 7, '2025-01-01 00:00:00', '订单设置', 1, 0, 'orderSetting', 'order-setting', 0),
  (10, 7, '2025-01-01 00:00:00', '退货申请处理', 1, 0, 'returnApply', 'order-return', 0),
  (11, 7, '2025-01-01 00:00:00', '退货原因设置', 1, 0, 'returnReason', 'order-return-reason', 0),
  (12, 0, '2025-01-01 00:00:00', '营销', 0, 0, 'sms', 'sms', 0),
  (13, 12, '2025-01-01 00:00:00', '秒杀活动列表', 1, 0, 'flash', 'sms-flash', 0),
  (14, 12, '2025-01-01 00:00:00', '优惠券列表', 1, 0, 'coupon', 'sms-coupon', 0),
  (16, 12, '2025-01-01 00:00:00', '品牌推荐', 1, 0, 'homeBrand', 'product-brand', 0),
  (17, 12, '2025-01-01 00:00:00', '新品推荐', 1, 0, 'homeNew', 'sms-new', 0),
  (18, 12, '2025-01-01 00:00:00', '人气推荐', 1, 0, 'homeHot', 'sms-hot', 0),
  (19, 12, '2025-01-01 00:00:00', '专题推荐', 1, 0, 'homeSubject', 'sms-subject', 0),
  (20, 12, '2025-01-01 00:00:00', '广告列表', 1, 0, 'homeAdvertise', 'sms-ad', 0),
  (21, 0, '2025-01-01 00:00:00', '权限', 0, 0, 'ums', 'ums', 0),
  (22, 21, '2025-01-01 00:00:00', '用户列表', 1, 0, 'admin', 'ums-admin', 0),
  (23, 21, '2025-01-01 00:00:00', '角色列表', 1, 0, 'role', 'ums-role', 0),
  (24, 21, '2025-01-01 00:00:00', '菜单列表', 1, 0, 'menu', 'ums-menu', 0),
  (25, 21, '2025-01-01 00:00:00', '资源列表', 1, 0, 'resource', 'ums-resource', 0)
ON DUPLICATE KEY UPDATE
  parent_id = VALUES(parent_id), title = VALUES(title), level = VALUES(level), sort = VALUES(sort),
  name = VALUES(name), icon = VALUES(icon), hidden = VALUES(hidden);

-- ---------------------------------------------------------------------------------------------------------
-- Legacy permission tree (type 0 directory, 1 menu, 2 button). The gateway does not use it; the admin API
-- still serves it under /permission and /admin/permission.
INSERT INTO ums_permission (id, pid, name, value, icon, type, uri, status, create_time, sort) VALUES
  (1, 0, '商品', NULL, NULL, 0, NULL, 1, '2025-01-01 00:00:00', 0),
  (2, 1, '商品列表', 'pms:product:read', NULL, 1, '/pms/product/index', 1, '2025-01-01 00:00:00', 0),
  (3, 1, '添加商品', 'pms:product:create', NULL, 1, '/pms/product/add', 1, '2025-01-01 00:00:00', 0),
  (4, 1, '商品分类', 'pms:productCategory:read', NULL, 1, '/pms/productCate/index', 1, '2025-01-01 00:00:00', 0),
  (5, 1, '商品类型', 'pms:productAttribute:read', NULL, 1, '/pms/productAttr/index', 1, '2025-01-01 00:00:00', 0),
  (6, 1, '品牌管理', 'pms:brand:read', NULL, 1, '/pms/brand/index', 1, '2025-01-01 00:00:00', 0),
  (7, 2, '编辑商品', 'pms:product:update', NULL, 2, '/pms/product/updateProduct', 1, '2025-01-01 00:00:00', 0),
  (8, 2, '删除商品', 'pms:product:delete', NULL, 2, '/pms/product/delete', 1, '2025-01-01 00:00:00', 0),
  (9, 4, '添加商品分类', 'pms:productCategory:create', NULL, 2, '/pms/productCate/create', 1, '2025-01-01 00:00:00', 0),
  (10, 4, '修改商品分类', 'pms:productCategory:update', NULL, 2, '/pms/productCate/update', 1, '2025-01-01 00:00:00', 0),
  (11, 4, '删除商品分类', 'pms:productCategory:delete', NULL, 2, '/pms/productCate/delete', 1, '2025-01-01 00:00:00', 0),
  (12, 5, '添加商品类型', 'pms:productAttribute:create', NULL, 2, '/pms/productAttr/create', 1, '2025-01-01 00:00:00', 0),
  (13, 5, '修改商品类型', 'pms:productAttribute:update', NULL, 2, '/pms/productAttr/update', 1, '2025-01-01 00:00:00', 0),
  (14, 5, '删除商品类型', 'pms:productAttribute:delete', NULL, 2, '/pms/productAttr/delete', 1, '2025-01-01 00:00:00', 0),
  (15, 6, '添加品牌', 'pms:brand:create', NULL, 2, '/pms/brand/add', 1, '2025-01-01 00:00:00', 0),
  (16, 6, '修改品牌', 'pms:brand:update', NULL, 2, '/pms/brand/update', 1, '2025-01-01 00:00:00', 0),
  (17, 6, '删除品牌', 'pms:brand:delete', NULL, 2, '/pms/brand/delete', 1, '2025-01-01 00:00:00', 0),
  (18, 0, '订单', NULL, NULL, 0, NULL, 1, '2025-01-01 00:00:00', 0),
  (19, 18, '订单列表', 'oms:order:read', NULL, 1, '/oms/order/index', 1, '2025-01-01 00:00:00', 0),
  (20, 18, '订单设置', 'oms:orderSetting:read', NULL, 1, '/oms/orderSetting/index', 1, '2025-01-01 00:00:00', 0),
  (21, 18, '退货申请处理', 'oms:returnApply:read', NULL, 1, '/oms/returnApply/index', 1, '2025-01-01 00:00:00', 0),
  (22, 18, '退货原因设置', 'oms:returnReason:read', NULL, 1, '/oms/returnReason/index', 1, '2025-01-01 00:00:00', 0),
  (23, 19, '订单发货', 'oms:order:delivery', NULL, 2, '/oms/order/delivery', 1, '2025-01-01 00:00:00', 0),
  (24, 19, '关闭订单', 'oms:order:close', NULL, 2, '/oms/order/close', 1, '2025-01-01 00:00:00', 0),
  (25, 19, '删除订单', 'oms:order:delete', NULL, 2, '/oms/order/delete', 1, '2025-01-01 00:00:00', 0),
  (26, 0, '营销', NULL, NULL, 0, NULL, 1, '2025-01-01 00:00:00', 0),
  (27, 26, '秒杀活动列表', 'sms:flash:read', NULL, 1, '/sms/flash/index', 1, '2025-01-01 00:00:00', 0),
  (28, 26, '优惠券列表', 'sms:coupon:read', NULL, 1, '/sms/coupon/index', 1, '2025-01-01 00:00:00', 0),
  (29, 26, '品牌推荐', 'sms:homeBrand:read', NULL, 1, '/sms/homeBrand/index', 1, '2025-01-01 00:00:00', 0),
  (30, 26, '新品推荐', 'sms:homeNew:read', NULL, 1, '/sms/homeNew/index', 1, '2025-01-01 00:00:00', 0),
  (31, 26, '人气推荐', 'sms:homeHot:read', NULL, 1, '/sms/homeHot/index', 1, '2025-01-01 00:00:00', 0),
  (32, 26, '专题推荐', 'sms:homeSubject:read', NULL, 1, '/sms/homeSubject/index', 1, '2025-01-01 00:00:00', 0),
  (33, 26, '广告列表', 'sms:homeAdvertise:read', NULL, 1, '/sms/homeAdvertise/index', 1, '2025-01-01 00:00:00', 0),
  (34, 0, '权限', NULL, NULL, 0, NULL, 1, '2025-01-01 00:00:00', 0),
  (35, 34, '用户列表', 'ums:admin:read', NULL, 1, '/ums/admin/index', 1, '2025-01-01 00:00:00', 0),
  (36, 34, '角色列表', 'ums:role:read', NULL, 1, '/ums/role/index', 1, '2025-01-01 00:00:00', 0),
  (37, 34, '菜单列表', 'ums:menu:read', NULL, 1, '/ums/menu/index', 1, '2025-01-01 00:00:00', 0),
  (38, 34, '资源列表', 'ums:resource:read', NULL, 1, '/ums/resource/index', 1, '2025-01-01 00:00:00', 0)
ON DUPLICATE KEY UPDATE
  pid = VALUES(pid), name = VALUES(name), value = VALUES(value), icon = VALUES(icon), type = VALUES(type),
  uri = VALUES(uri), status = VALUES(status), sort = VALUES(sort);

-- ---------------------------------------------------------------------------------------------------------
-- Roles. admin_count is recomputed from the admin-role relations at the end of this file.
INSERT INTO ums_role (id, name, description, admin_count, create_time, status, sort) VALUES
  (1, '商品管理员', '只能查看及操作商品', 0, '2025-01-01 00:00:00', 1, 0),
  (2, '订单管理员', '只能查看及操作订单', 0, '2025-01-01 00:00:00', 1, 0),
  (5, '超级管理员', '拥有所有查看和操作功能', 0, '2025-01-01 00:00:00', 1, 0)
ON DUPLICATE KEY UPDATE name = VALUES(name), description = VALUES(description), status = VALUES(status),
  sort = VALUES(sort);

-- Relation ids are role_id * 100 + target id, so each grant has one fixed row.
-- Super admin: every seeded menu, resource and permission (seeded ids are all below 100).
INSERT INTO ums_role_menu_relation (id, role_id, menu_id)
  SELECT 500 + id, 5, id FROM ums_menu WHERE id BETWEEN 1 AND 99
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), menu_id = VALUES(menu_id);

INSERT INTO ums_role_resource_relation (id, role_id, resource_id)
  SELECT 500 + id, 5, id FROM ums_resource WHERE id BETWEEN 1 AND 99
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), resource_id = VALUES(resource_id);

INSERT INTO ums_role_permission_relation (id, role_id, permission_id)
  SELECT 500 + id, 5, id FROM ums_permission WHERE id BETWEEN 1 AND 99
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), permission_id = VALUES(permission_id);

-- Product admin: the 商品 menu, product/content resources, member levels (member prices), file upload.
INSERT INTO ums_role_menu_relation (id, role_id, menu_id) VALUES
  (101, 1, 1), (102, 1, 2), (103, 1, 3), (104, 1, 4), (105, 1, 5), (106, 1, 6)
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), menu_id = VALUES(menu_id);

INSERT INTO ums_role_resource_relation (id, role_id, resource_id) VALUES
  (101, 1, 1), (102, 1, 2), (103, 1, 3), (104, 1, 4), (105, 1, 5), (106, 1, 6), (107, 1, 7),
  (123, 1, 23), (124, 1, 24), (131, 1, 31), (132, 1, 32), (133, 1, 33), (134, 1, 34)
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), resource_id = VALUES(resource_id);

INSERT INTO ums_role_permission_relation (id, role_id, permission_id) VALUES
  (101, 1, 1), (102, 1, 2), (103, 1, 3), (104, 1, 4), (105, 1, 5), (106, 1, 6), (107, 1, 7),
  (108, 1, 8), (109, 1, 9), (110, 1, 10), (111, 1, 11), (112, 1, 12), (113, 1, 13), (114, 1, 14),
  (115, 1, 15), (116, 1, 16), (117, 1, 17)
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), permission_id = VALUES(permission_id);

-- Order admin: the 订单 menu and the order resources.
INSERT INTO ums_role_menu_relation (id, role_id, menu_id) VALUES
  (207, 2, 7), (208, 2, 8), (209, 2, 9), (210, 2, 10), (211, 2, 11)
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), menu_id = VALUES(menu_id);

INSERT INTO ums_role_resource_relation (id, role_id, resource_id) VALUES
  (208, 2, 8), (209, 2, 9), (210, 2, 10), (211, 2, 11), (212, 2, 12), (231, 2, 31), (232, 2, 32)
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), resource_id = VALUES(resource_id);

INSERT INTO ums_role_permission_relation (id, role_id, permission_id) VALUES
  (218, 2, 18), (219, 2, 19), (220, 2, 20), (221, 2, 21), (222, 2, 22), (223, 2, 23), (224, 2, 24),
  (225, 2, 25)
ON DUPLICATE KEY UPDATE role_id = VALUES(role_id), permission_id = VALUES(permission_id);

-- ---------------------------------------------------------------------------------------------------------
-- Admin accounts, all with password "macro123". `test` is disabled (status 0) to exercise the login check.
INSERT INTO ums_admin (id, username, password, icon, email, nick_name, note, create_time, login_time, status) VALUES
  (1, 'admin', '$2b$10$a8qieY9NqawFfgfskxmR1ulKeGuY17ecDVtLMGgKTHziVbK/EWzxC',
   'https://picsum.photos/seed/mall-admin-1/100/100', 'admin@mall.example.com', '系统管理员',
   '超级管理员，拥有全部菜单与资源', '2025-01-01 00:00:00', NULL, 1),
  (2, 'productAdmin', '$2b$10$SJlYo6OhqW.5sFb7ukUh5.Q7pCWHVB.UhlRzLbPRZ4t/i7MLVsZRC',
   'https://picsum.photos/seed/mall-admin-2/100/100', 'product@mall.example.com', '商品管理员',
   '只有商品权限', '2025-01-01 00:00:00', NULL, 1),
  (3, 'orderAdmin', '$2b$10$5xQAelciY9hiSspj8cZPpuWfQUIUlCdGMDy1x0om7E4hY9P6VGHWm',
   'https://picsum.photos/seed/mall-admin-3/100/100', 'order@mall.example.com', '订单管理员',
   '只有订单权限', '2025-01-01 00:00:00', NULL, 1),
  (4, 'test', '$2b$10$Bi6b4TowW1AknTVHcLa3tOHIcQUUgPBV7FGy5WMfIw2z6Z3v1bTkq',
   'https://picsum.photos/seed/mall-admin-4/100/100', 'test@mall.example.com', '测试账号',
   '已禁用的测试账号', '2025-01-01 00:00:00', NULL, 0)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_admin_role_relation (id, admin_id, role_id) VALUES
  (1, 1, 5), (2, 2, 1), (3, 3, 2), (4, 4, 1)
ON DUPLICATE KEY UPDATE admin_id = VALUES(admin_id), role_id = VALUES(role_id);

UPDATE ums_role r
SET r.admin_count = (SELECT COUNT(*) FROM ums_admin_role_relation ar WHERE ar.role_id = r.id)
WHERE r.id IN (1, 2, 5);

-- ---------------------------------------------------------------------------------------------------------
-- Member levels. Registration assigns the single level with default_status = 1 (普通会员).
INSERT INTO ums_member_level (id, name, growth_point, default_status, free_freight_point, comment_growth_point,
  priviledge_free_freight, priviledge_sign_in, priviledge_comment, priviledge_promotion,
  priviledge_member_price, priviledge_birthday, note) VALUES
  (1, '黄金会员', 1000, 0, 199.00, 5, 1, 1, 1, 1, 1, 1, '成长值满 1000'),
  (2, '白金会员', 5000, 0, 99.00, 10, 1, 1, 1, 1, 1, 1, '成长值满 5000'),
  (3, '钻石会员', 15000, 0, 0.00, 15, 1, 1, 1, 1, 1, 1, '成长值满 15000，全场包邮'),
  (4, '普通会员', 0, 1, 299.00, 2, 1, 1, 1, 0, 0, 0, '注册即得')
ON DUPLICATE KEY UPDATE
  name = VALUES(name), growth_point = VALUES(growth_point), default_status = VALUES(default_status),
  free_freight_point = VALUES(free_freight_point), comment_growth_point = VALUES(comment_growth_point),
  priviledge_free_freight = VALUES(priviledge_free_freight), priviledge_sign_in = VALUES(priviledge_sign_in),
  priviledge_comment = VALUES(priviledge_comment), priviledge_promotion = VALUES(priviledge_promotion),
  priviledge_member_price = VALUES(priviledge_member_price), priviledge_birthday = VALUES(priviledge_birthday),
  note = VALUES(note);

-- Points: 100 points deduct 1 CNY, at most 50 % of an order, in steps of 100, combinable with coupons.
-- Order code reads row id 1.
INSERT INTO ums_integration_consume_setting (id, deduction_per_amount, max_percent_per_order, use_unit,
  coupon_status) VALUES
  (1, 100, 50, 100, 1)
ON DUPLICATE KEY UPDATE
  deduction_per_amount = VALUES(deduction_per_amount), max_percent_per_order = VALUES(max_percent_per_order),
  use_unit = VALUES(use_unit), coupon_status = VALUES(coupon_status);

-- ---------------------------------------------------------------------------------------------------------
-- Demo members: `member` / member123 (gold level, points to spend) and `test` / test123 (regular level).
INSERT INTO ums_member (id, member_level_id, username, password, nickname, phone, status, create_time, icon,
  gender, birthday, city, job, personalized_signature, source_type, integration, growth, luckey_count,
  history_integration) VALUES
  (1, 1, 'member', '$2b$10$u//.ZADj68ErjKtEFNulNO1oIQOBxSYt17YCjrBVmcfIUWo336yfS', '演示会员', '13800000001',
   1, '2025-01-01 00:00:00', 'https://picsum.photos/seed/mall-member-1/100/100', 1, '1995-06-18', '深圳',
   '工程师', '买买买', 0, 5000, 1200, 0, 5000),
  (2, 4, 'test', '$2b$10$Icv65EUCvIJF5ht43dOyT./8gTy6p.vISFjzBrfpX3MS.EMd.131W', '测试会员', '13800000002',
   1, '2025-01-01 00:00:00', 'https://picsum.photos/seed/mall-member-2/100/100', 2, '1998-09-09', '北京',
   '测试', NULL, 0, 1000, 0, 0, 1000)
ON DUPLICATE KEY UPDATE id = id;

-- Load-test members user_0001 .. user_0100 (password 123456), ids 1001 .. 1100, phones 13900000001 ..
-- 13900000100, all on the default level with points for the points-deduction scenarios.
INSERT INTO ums_member (id, member_level_id, username, password, nickname, phone, status, create_time, icon,
  gender, birthday, city, job, personalized_signature, source_type, integration, growth, luckey_count,
  history_integration)
  WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 100)
  SELECT 1000 + n, 4, CONCAT('user_', LPAD(n, 4, '0')),
    '$2b$10$XcWIGaDLWhwZ2OlGCCcbUOdUUI4AOyUSyRXqr9pylaBCMaqtqPJs6', CONCAT('压测会员', LPAD(n, 4, '0')),
    CONCAT('139', LPAD(n, 8, '0')), 1, '2025-01-01 00:00:00', NULL, 0, '2000-01-01', '上海', NULL, NULL, 0,
    10000, 0, 0, 10000
  FROM seq
ON DUPLICATE KEY UPDATE id = id;

-- One receive address per member (member_id is UNIQUE). Load-test addresses share the member's id, so a
-- script can order with memberReceiveAddressId = member id.
INSERT INTO ums_member_receive_address (id, member_id, name, phone_number, default_status, post_code, province,
  city, region, detail_address) VALUES
  (1, 1, '演示会员', '13800000001', 1, '518057', '广东省', '深圳市', '南山区', '科苑路 15 号科兴科学园 A 座'),
  (2, 2, '测试会员', '13800000002', 1, '100020', '北京市', '北京市', '朝阳区', '建国路 88 号 SOHO 现代城')
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_member_receive_address (id, member_id, name, phone_number, default_status, post_code, province,
  city, region, detail_address)
  WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 100)
  SELECT 1000 + n, 1000 + n, CONCAT('压测会员', LPAD(n, 4, '0')), CONCAT('139', LPAD(n, 8, '0')), 1, '201203',
    '上海市', '上海市', '浦东新区', CONCAT('张江路 ', n, ' 号')
  FROM seq
ON DUPLICATE KEY UPDATE id = id;
