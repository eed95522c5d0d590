-- 30-pms-catalog.sql: a small demo catalog.
--
-- 8 brands, a two-level category tree (4 top-level categories, 10 leaves), 6 product types with their specs
-- (sales attributes such as 颜色/容量/尺码) and params, 23 published products with 2-6 SKUs each, the
-- per-product promotion data their promotion_type calls for (1 promotion price on product and SKUs,
-- 2 member prices, 3 ladders, 4 full reductions), preferred zones and subjects.
--
-- Pictures are stable placeholder URLs (https://picsum.photos/seed/mall-...). Counters derived from other
-- rows (product stock = sum of its SKU stock, brand/category product counts, attribute counts, subject
-- counts, denormalised brand and category names) are computed by UPDATE statements at the end, so they can
-- never disagree with the rows.
--
-- Idempotent: fixed ids with ON DUPLICATE KEY UPDATE. Descriptive columns are reset to the values below;
-- runtime state (SKU stock, lock_stock, sales, read/collect counts) is kept when the row already exists.

-- ---------------------------------------------------------------------------------------------------------
-- Brands
INSERT INTO pms_brand (id, name, first_letter, sort, factory_status, show_status, product_count,
  product_comment_count, logo, big_pic, brand_story) VALUES
  (1, '华为', 'H', 100, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-1/200/200',
   'https://picsum.photos/seed/mall-brand-1-big/1200/400', '华为是全球领先的信息与通信技术解决方案供应商，产品覆盖手机、平板、穿戴与智慧屏。'),
  (2, '小米', 'X', 90, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-2/200/200',
   'https://picsum.photos/seed/mall-brand-2-big/1200/400', '小米以手机、智能硬件和 IoT 平台为核心，坚持高性价比。'),
  (3, '苹果', 'P', 80, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-3/200/200',
   'https://picsum.photos/seed/mall-brand-3-big/1200/400', 'Apple 设计并销售 iPhone、iPad、Mac 与 AirPods 等产品。'),
  (4, 'OPPO', 'O', 70, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-4/200/200',
   'https://picsum.photos/seed/mall-brand-4-big/1200/400', 'OPPO 专注影像与快充技术的智能终端品牌。'),
  (5, '海澜之家', 'H', 60, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-5/200/200',
   'https://picsum.photos/seed/mall-brand-5-big/1200/400', '海澜之家，男人的衣柜，主打高品质平价男装。'),
  (6, 'NIKE', 'N', 50, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-6/200/200',
   'https://picsum.photos/seed/mall-brand-6-big/1200/400', 'NIKE 为运动员提供创新的运动鞋服与装备。'),
  (7, '格力', 'G', 40, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-7/200/200',
   'https://picsum.photos/seed/mall-brand-7-big/1200/400', '格力电器，专注空调核心科技。'),
  (8, '美的', 'M', 30, 1, 1, 0, 0, 'https://picsum.photos/seed/mall-brand-8/200/200',
   'https://picsum.photos/seed/mall-brand-8-big/1200/400', '美的集团，覆盖空调、冰箱、洗衣机与厨房小家电。')
ON DUPLICATE KEY UPDATE
  name = VALUES(name), first_letter = VALUES(first_letter), sort = VALUES(sort),
  factory_status = VALUES(factory_status), show_status = VALUES(show_status), logo = VALUES(logo),
  big_pic = VALUES(big_pic), brand_story = VALUES(brand_story);

-- ---------------------------------------------------------------------------------------------------------
-- Category tree: top-level ids 1-4 (level 0), leaves id = parent * 10 + n (level 1).
INSERT INTO pms_product_category (id, parent_id, name, level, product_count, product_unit, nav_status,
  show_status, sort, icon, keywords, description) VALUES
  (1, 0, '手机数码', 0, 0, '台', 1, 1, 40, 'https://picsum.photos/seed/mall-cate-1/120/120', '手机,平板,耳机,数码', '手机、平板电脑与耳机'),
  (2, 0, '服装鞋靴', 0, 0, '件', 1, 1, 30, 'https://picsum.photos/seed/mall-cate-2/120/120', '服装,T恤,外套,运动鞋', '男装上衣、外套与运动鞋'),
  (3, 0, '家用电器', 0, 0, '台', 1, 1, 20, 'https://picsum.photos/seed/mall-cate-3/120/120', '电视,空调,冰箱,家电', '电视、空调与冰箱'),
  (4, 0, '电脑办公', 0, 0, '台', 1, 1, 10, 'https://picsum.photos/seed/mall-cate-4/120/120', '笔记本,电脑,办公', '笔记本电脑'),
  (11, 1, '手机', 1, 0, '台', 1, 1, 30, 'https://picsum.photos/seed/mall-cate-11/120/120', '手机,5G手机,智能手机', '智能手机'),
  (12, 1, '平板电脑', 1, 0, '台', 0, 1, 20, 'https://picsum.photos/seed/mall-cate-12/120/120', '平板,平板电脑', '平板电脑'),
  (13, 1, '耳机', 1, 0, '副', 0, 1, 10, 'https://picsum.photos/seed/mall-cate-13/120/120', '耳机,蓝牙耳机,降噪耳机', '真无线耳机'),
  (21, 2, 'T恤', 1, 0, '件', 1, 1, 30, 'https://picsum.photos/seed/mall-cate-21/120/120', 'T恤,短袖', '短袖T恤'),
  (22, 2, '外套', 1, 0, '件', 0, 1, 20, 'https://picsum.photos/seed/mall-cate-22/120/120', '外套,夹克', '夹克与外套'),
  (23, 2, '运动鞋', 1, 0, '双', 0, 1, 10, 'https://picsum.photos/seed/mall-cate-23/120/120', '运动鞋,跑步鞋', '跑步与训练鞋'),
  (31, 3, '电视', 1, 0, '台', 1, 1, 30, 'https://picsum.photos/seed/mall-cate-31/120/120', '电视,智慧屏', '智能电视'),
  (32, 3, '空调', 1, 0, '台', 0, 1, 20, 'https://picsum.photos/seed/mall-cate-32/120/120', '空调,挂机', '壁挂式空调'),
  (33, 3, '冰箱', 1, 0, '台', 0, 1, 10, 'https://picsum.photos/seed/mall-cate-33/120/120', '冰箱,对开门', '冰箱'),
  (41, 4, '笔记本', 1, 0, '台', 1, 1, 10, 'https://picsum.photos/seed/mall-cate-41/120/120', '笔记本,轻薄本', '笔记本电脑')
ON DUPLICATE KEY UPDATE
  parent_id = VALUES(parent_id), name = VALUES(name), level = VALUES(level),
  product_unit = VALUES(product_unit), nav_status = VALUES(nav_status), show_status = VALUES(show_status),
  sort = VALUES(sort), icon = VALUES(icon), keywords = VALUES(keywords), description = VALUES(description);

-- ---------------------------------------------------------------------------------------------------------
-- Product types (attribute categories); attribute_count / param_count are computed below.
INSERT INTO pms_product_attribute_category (id, name, attribute_count, param_count) VALUES
  (1, '服装-上装', 0, 0),
  (2, '服装-鞋靴', 0, 0),
  (3, '手机数码-手机平板', 0, 0),
  (4, '手机数码-耳机', 0, 0),
  (5, '家用电器-大家电', 0, 0),
  (6, '电脑办公-笔记本', 0, 0)
ON DUPLICATE KEY UPDATE name = VALUES(name);

-- Attributes. type 0 = spec (sales attribute, the keys of pms_sku_stock.sp_data), 1 = param.
-- select_type 0 unique / 1 single / 2 multiple; input_type 0 manual / 1 from input_list;
-- filter_type 1 = colour swatch; search_type 0 none / 1 keyword / 2 range; hand_add_status 1 = the product
-- may add its own values (colours differ between models).
INSERT INTO pms_product_attribute (id, product_attribute_category_id, name, select_type, input_type, input_list,
  sort, filter_type, search_type, related_status, hand_add_status, type) VALUES
  (1, 1, '颜色', 2, 1, '黑色,白色,灰色,藏青色,军绿色', 100, 1, 0, 0, 1, 0),
  (2, 1, '尺码', 2, 1, 'S,M,L,XL,XXL,XXXL', 90, 0, 0, 0, 0, 0),
  (3, 1, '适用季节', 1, 1, '春季,夏季,秋季,冬季,四季', 80, 0, 1, 0, 0, 1),
  (4, 1, '面料', 0, 0, '', 70, 0, 1, 0, 0, 1),
  (5, 1, '版型', 1, 1, '修身,常规,宽松', 60, 0, 1, 0, 0, 1),
  (6, 2, '颜色', 2, 1, '黑色,白色,灰色,蓝色,红色', 100, 1, 0, 0, 1, 0),
  (7, 2, '鞋码', 2, 1, '38,39,40,41,42,43,44', 90, 0, 0, 0, 0, 0),
  (8, 2, '适用场景', 1, 1, '跑步,篮球,训练,休闲', 80, 0, 1, 0, 0, 1),
  (9, 2, '鞋面材质', 0, 0, '', 70, 0, 0, 0, 0, 1),
  (10, 3, '颜色', 2, 0, '', 100, 1, 0, 0, 1, 0),
  (11, 3, '容量', 2, 1, '64G,128G,256G,512G,1T', 90, 0, 0, 0, 0, 0),
  (12, 3, '屏幕尺寸', 0, 0, '', 80, 0, 2, 0, 0, 1),
  (13, 3, '网络制式', 1, 1, '5G全网通,4G全网通,WLAN', 70, 0, 1, 0, 0, 1),
  (14, 3, '操作系统', 1, 1, 'HarmonyOS,Android,iOS,iPadOS', 60, 0, 1, 0, 0, 1),
  (15, 3, '电池容量', 0, 0, '', 50, 0, 0, 0, 0, 1),
  (16, 4, '颜色', 2, 0, '', 100, 1, 0, 0, 1, 0),
  (17, 4, '连接方式', 1, 1, '蓝牙5.3,蓝牙5.2,有线', 90, 0, 1, 0, 0, 1),
  (18, 4, '续航时间', 0, 0, '', 80, 0, 0, 0, 0, 1),
  (19, 5, '规格', 2, 0, '', 100, 0, 0, 0, 1, 0),
  (20, 5, '颜色', 2, 0, '', 90, 1, 0, 0, 1, 0),
  (21, 5, '能效等级', 1, 1, '一级能效,二级能效,三级能效', 80, 0, 1, 0, 0, 1),
  (22, 5, '额定功率', 0, 0, '', 70, 0, 0, 0, 0, 1),
  (23, 6, '颜色', 2, 0, '', 100, 1, 0, 0, 1, 0),
  (24, 6, '配置', 2, 0, '', 90, 0, 0, 0, 1, 0),
  (25, 6, '屏幕尺寸', 0, 0, '', 80, 0, 2, 0, 0, 1),
  (26, 6, '处理器', 0, 0, '', 70, 0, 1, 0, 0, 1),
  (27, 6, '显卡', 0, 0, '', 60, 0, 0, 0, 0, 1)
ON DUPLICATE KEY UPDATE
  product_attribute_category_id = VALUES(product_attribute_category_id), name = VALUES(name),
  select_type = VALUES(select_type), input_type = VALUES(input_type), input_list = VALUES(input_list),
  sort = VALUES(sort), filter_type = VALUES(filter_type), search_type = VALUES(search_type),
  related_status = VALUES(related_status), hand_add_status = VALUES(hand_add_status), type = VALUES(type);

-- Filter attributes shown on a leaf category's listing page.
INSERT INTO pms_product_category_attribute_relation (id, product_category_id, product_attribute_id) VALUES
  (1, 11, 11), (2, 11, 13), (3, 12, 11), (4, 13, 17), (5, 21, 2), (6, 21, 3), (7, 22, 2), (8, 22, 3),
  (9, 23, 7), (10, 23, 8), (11, 31, 19), (12, 32, 21), (13, 33, 21), (14, 41, 24)
ON DUPLICATE KEY UPDATE
  product_category_id = VALUES(product_category_id), product_attribute_id = VALUES(product_attribute_id);

-- ---------------------------------------------------------------------------------------------------------
-- Products. Columns after the name: product_sn, delete_status, publish_status, verify_status, new_status,
-- recommand_status, sort, sale, price, promotion_price, original_price, promotion_type, then texts.
INSERT INTO pms_product (id, brand_id, product_category_id, product_attribute_category_id, name, product_sn,
  delete_status, publish_status, verify_status, new_status, recommand_status, sort, sale, price,
  promotion_price, original_price, promotion_type, sub_title, description, unit, weight, service_ids,
  keywords) VALUES
  (1, 1, 11, 3, '华为 HUAWEI Mate 60 Pro', '1000001', 0, 1, 1, 1, 1, 100, 1280, 6499.00, 6199.00, 6999.00, 1,
   '卫星通话 超可靠玄武架构 全焦段超清影像', '华为旗舰手机，支持卫星通话，6.82 英寸 OLED 曲面屏。', '台', 225.00,
   '1,2,3', '华为,Mate60,Mate 60 Pro,手机,5G,鸿蒙'),
  (2, 1, 11, 3, '华为 HUAWEI nova 12', '1000002', 0, 1, 1, 1, 0, 90, 860, 2699.00, NULL, 2999.00, 0,
   '前置6000万超广角人像 鸿蒙智慧通信', '轻薄自拍手机，6.7 英寸 OLED 屏。', '台', 190.00,
   '1,2,3', '华为,nova12,nova 12,手机,自拍'),
  (3, 2, 11, 3, '小米 Xiaomi 14', '1000003', 0, 1, 1, 1, 1, 85, 2350, 3999.00, NULL, 4299.00, 3,
   '徕卡光学 骁龙8 Gen3 澎湃OS', '徕卡联合研发影像，6.36 英寸小屏旗舰。', '台', 193.00,
   '1,2,3', '小米,小米14,Xiaomi 14,手机,徕卡,骁龙'),
  (4, 2, 11, 3, 'Redmi Note 13 Pro', '1000004', 0, 1, 1, 0, 1, 80, 5120, 1399.00, NULL, 1599.00, 4,
   '2亿像素 1.5K高光屏 67W快充', '2 亿像素主摄，6.67 英寸 1.5K 屏。', '台', 187.00,
   '1,2,3', '红米,Redmi,Note13,手机,快充'),
  (5, 3, 11, 3, 'Apple iPhone 15', '1000005', 0, 1, 1, 1, 1, 95, 3420, 5999.00, NULL, 5999.00, 2,
   '灵动岛 4800万像素主摄 USB-C', 'A16 仿生芯片，6.1 英寸超视网膜 XDR 显示屏。', '台', 171.00,
   '1,2', '苹果,Apple,iPhone,iPhone15,手机'),
  (6, 3, 11, 3, 'Apple iPhone 15 Pro Max', '1000006', 0, 1, 1, 0, 1, 92, 1890, 9999.00, NULL, 9999.00, 0,
   '钛金属设计 A17 Pro 5倍光学变焦', 'A17 Pro 芯片，6.7 英寸 ProMotion 显示屏。', '台', 221.00,
   '1,2', '苹果,Apple,iPhone,iPhone15ProMax,手机'),
  (7, 4, 11, 3, 'OPPO Reno11', '1000007', 0, 1, 1, 1, 0, 70, 740, 2499.00, 2299.00, 2799.00, 1,
   '单反级人像 5000mAh长续航 67W闪充', '人像摄影手机，6.7 英寸曲面屏。', '台', 184.00,
   '1,2,3', 'OPPO,Reno11,Reno 11,手机,人像'),
  (8, 1, 12, 3, '华为 HUAWEI MatePad 11.5 平板电脑', '1000008', 0, 1, 1, 0, 0, 60, 620, 2099.00, NULL, 2399.00, 4,
   '2.8K护眼全面屏 学习办公两相宜', '11.5 英寸 2.8K 护眼屏，支持手写笔。', '台', 499.00,
   '1,2,3', '华为,MatePad,平板,平板电脑,学习'),
  (9, 3, 12, 3, 'Apple iPad Air 11英寸 M2', '1000009', 0, 1, 1, 1, 0, 65, 510, 4799.00, NULL, 4799.00, 0,
   'M2芯片 Liquid视网膜屏 支持Apple Pencil Pro', 'M2 芯片，11 英寸 Liquid 视网膜显示屏。', '台', 462.00,
   '1,2', '苹果,Apple,iPad,iPad Air,平板'),
  (10, 1, 13, 4, '华为 HUAWEI FreeBuds Pro 3 真无线耳机', '1000010', 0, 1, 1, 0, 1, 75, 2210, 1299.00, 1199.00,
   1499.00, 1, '星闪连接 智慧动态降噪 无损音质', '入耳式真无线降噪耳机。', '副', 53.00,
   '1,2,3', '华为,FreeBuds,耳机,降噪,蓝牙耳机'),
  (11, 3, 13, 4, 'Apple AirPods Pro (第二代)', '1000011', 0, 1, 1, 0, 0, 72, 4030, 1899.00, NULL, 1899.00, 3,
   '主动降噪 自适应音频 USB-C充电盒', 'H2 芯片，主动降噪与通透模式。', '副', 51.00,
   '1,2', '苹果,Apple,AirPods,耳机,降噪'),
  (12, 5, 21, 1, '海澜之家 男士纯棉圆领短袖T恤', '1000012', 0, 1, 1, 1, 1, 88, 9800, 79.00, NULL, 129.00, 3,
   '100%新疆棉 透气亲肤 多色可选', '经典圆领短袖，精梳新疆长绒棉。', '件', 200.00,
   '1,2,3', '海澜之家,HLA,T恤,短袖,纯棉,男装'),
  (13, 6, 21, 1, 'NIKE Dri-FIT 男子速干训练T恤', '1000013', 0, 1, 1, 0, 0, 55, 1530, 199.00, NULL, 249.00, 4,
   'Dri-FIT速干科技 运动排汗', '轻盈速干面料，适合跑步与训练。', '件', 160.00,
   '1,2', '耐克,NIKE,T恤,速干,运动,训练'),
  (14, 5, 22, 1, '海澜之家 男士立领休闲夹克', '1000014', 0, 1, 1, 1, 0, 66, 860, 399.00, NULL, 599.00, 2,
   '春秋薄款 立领设计 商务休闲两穿', '立领休闲夹克，防泼水面料。', '件', 650.00,
   '1,2,3', '海澜之家,HLA,夹克,外套,男装'),
  (15, 6, 22, 1, 'NIKE Sportswear 男子连帽夹克', '1000015', 0, 1, 1, 0, 1, 58, 420, 599.00, NULL, 699.00, 0,
   '经典Logo 防风连帽 运动休闲', '防风梭织面料，连帽设计。', '件', 520.00,
   '1,2', '耐克,NIKE,夹克,外套,连帽'),
  (16, 6, 23, 2, 'NIKE Air Zoom Pegasus 40 男子跑步鞋', '1000016', 0, 1, 1, 1, 1, 78, 1760, 899.00, 799.00, 999.00, 1,
   'React泡棉 Zoom Air气垫 日常训练', '经典飞马系列跑鞋，回弹缓震。', '双', 580.00,
   '1,2,3', '耐克,NIKE,飞马,Pegasus,跑步鞋,运动鞋'),
  (17, 2, 31, 5, '小米电视 A Pro 4K金属全面屏', '1000017', 0, 1, 1, 0, 1, 68, 980, 1999.00, NULL, 2499.00, 4,
   '4K超高清 远场语音 MEMC运动补偿', '金属全面屏 4K 电视，支持远场语音。', '台', 18000.00,
   '1,2,3', '小米,电视,小米电视,4K,智能电视'),
  (18, 1, 31, 5, '华为智慧屏 S5 Pro', '1000018', 0, 1, 1, 1, 0, 62, 310, 4999.00, NULL, 5999.00, 0,
   '超薄全面屏 240Hz高刷 鸿蒙智慧交互', '240Hz 超高刷新率智慧屏。', '台', 22000.00,
   '1,2,3', '华为,智慧屏,电视,鸿蒙'),
  (19, 7, 32, 5, '格力 云佳 新一级能效 变频冷暖壁挂式空调', '1000019', 0, 1, 1, 0, 1, 64, 1450, 2799.00, 2599.00,
   3299.00, 1, '新一级能效 变频冷暖 静音运行', '一级能效变频冷暖空调。', '台', 35000.00,
   '1,2,3', '格力,空调,挂机,变频,一级能效'),
  (20, 8, 32, 5, '美的 酷省电 新一级能效 变频空调挂机', '1000020', 0, 1, 1, 1, 0, 63, 2680, 2399.00, NULL, 2899.00, 4,
   '新一级能效 自清洁 智能控制', '一级能效，支持手机 App 智能控制。', '台', 34000.00,
   '1,2,3', '美的,空调,挂机,变频,省电'),
  (21, 8, 33, 5, '美的 508升 对开门变频风冷冰箱', '1000021', 0, 1, 1, 0, 0, 57, 770, 2999.00, NULL, 3599.00, 2,
   '风冷无霜 一级能效 智能控温', '508 升大容量对开门冰箱，风冷无霜。', '台', 85000.00,
   '1,2,3', '美的,冰箱,对开门,风冷,无霜'),
  (22, 1, 41, 6, '华为 HUAWEI MateBook 14 2024 笔记本电脑', '1000022', 0, 1, 1, 1, 1, 82, 690, 5999.00, NULL, 6499.00, 2,
   '2.8K OLED触控屏 酷睿Ultra 轻薄本', '14.2 英寸 2.8K OLED 触控屏轻薄本。', '台', 1310.00,
   '1,2,3', '华为,MateBook,笔记本,轻薄本,电脑'),
  (23, 3, 41, 6, 'Apple MacBook Air 13英寸 M3', '1000023', 0, 1, 1, 1, 0, 76, 1120, 8999.00, NULL, 8999.00, 0,
   'M3芯片 18小时续航 轻至1.24kg', 'M3 芯片，13.6 英寸 Liquid 视网膜显示屏。', '台', 1240.00,
   '1,2', '苹果,Apple,MacBook,MacBook Air,笔记本')
ON DUPLICATE KEY UPDATE
  brand_id = VALUES(brand_id), product_category_id = VALUES(product_category_id),
  product_attribute_category_id = VALUES(product_attribute_category_id), name = VALUES(name),
  product_sn = VALUES(product_sn), delete_status = VALUES(delete_status),
  publish_status = VALUES(publish_status), verify_status = VALUES(verify_status),
  new_status = VALUES(new_status), recommand_status = VALUES(recommand_status), sort = VALUES(sort),
  price = VALUES(price), promotion_price = VALUES(promotion_price), original_price = VALUES(original_price),
  promotion_type = VALUES(promotion_type), sub_title = VALUES(sub_title), description = VALUES(description),
  unit = VALUES(unit), weight = VALUES(weight), service_ids = VALUES(service_ids), keywords = VALUES(keywords);

-- Presentation and rule columns that follow from the rows above: pictures, detail pages, 1 gift point and
-- 1 growth point per 10 CNY, a promotion window covering the demo years for every promoted product, and a
-- per-member limit of 2 for promotion-price products.
UPDATE pms_product SET
  pic = CONCAT('https://picsum.photos/seed/mall-product-', id, '/800/800'),
  album_pics = CONCAT('https://picsum.photos/seed/mall-product-', id, '/800/800,',
    'https://picsum.photos/seed/mall-product-', id, '-2/800/800,',
    'https://picsum.photos/seed/mall-product-', id, '-3/800/800'),
  detail_title = name,
  detail_desc = sub_title,
  detail_html = CONCAT('<p><img src="https://picsum.photos/seed/mall-product-', id, '-detail-1/750/1000" /></p>',
    '<p><img src="https://picsum.photos/seed/mall-product-', id, '-detail-2/750/1000" /></p>'),
  detail_mobile_html = CONCAT('<p><img src="https://picsum.photos/seed/mall-product-', id,
    '-detail-1/750/1000" style="width:100%" /></p>'),
  gift_growth = FLOOR(price / 10),
  gift_point = FLOOR(price / 10),
  use_point_limit = 0,
  low_stock = 10,
  preview_status = 0,
  promotion_start_time = IF(promotion_type = 0, NULL, '2025-01-01 00:00:00'),
  promotion_end_time = IF(promotion_type = 0, NULL, '2030-12-31 23:59:59'),
  promotion_per_limit = IF(promotion_type = 1, 2, NULL)
WHERE id BETWEEN 1 AND 23;

-- ---------------------------------------------------------------------------------------------------------
-- SKUs: id = product id * 100 + n, sku_code = product_sn + n. sp_data keys are the product type's spec
-- names. Promotion-price products (type 1) carry a promotion_price on every SKU.
INSERT INTO pms_sku_stock (id, product_id, sku_code, price, stock, low_stock, sale, promotion_price, lock_stock,
  sp_data) VALUES
  (101, 1, '100000101', 6499.00, 300, 10, 0, 6199.00, 0, '[{"key":"颜色","value":"雅川青"},{"key":"容量","value":"256G"}]'),
  (102, 1, '100000102', 6999.00, 200, 10, 0, 6699.00, 0, '[{"key":"颜色","value":"雅川青"},{"key":"容量","value":"512G"}]'),
  (103, 1, '100000103', 6499.00, 350, 10, 0, 6199.00, 0, '[{"key":"颜色","value":"雅丹黑"},{"key":"容量","value":"256G"}]'),
  (104, 1, '100000104', 6999.00, 150, 10, 0, 6699.00, 0, '[{"key":"颜色","value":"雅丹黑"},{"key":"容量","value":"512G"}]'),
  (201, 2, '100000201', 2699.00, 400, 10, 0, NULL, 0, '[{"key":"颜色","value":"樱语白"},{"key":"容量","value":"256G"}]'),
  (202, 2, '100000202', 2699.00, 450, 10, 0, NULL, 0, '[{"key":"颜色","value":"曜金黑"},{"key":"容量","value":"256G"}]'),
  (203, 2, '100000203', 2999.00, 200, 10, 0, NULL, 0, '[{"key":"颜色","value":"曜金黑"},{"key":"容量","value":"512G"}]'),
  (301, 3, '100000301', 3999.00, 500, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"容量","value":"256G"}]'),
  (302, 3, '100000302', 3999.00, 450, 10, 0, NULL, 0, '[{"key":"颜色","value":"白色"},{"key":"容量","value":"256G"}]'),
  (303, 3, '100000303', 4299.00, 250, 10, 0, NULL, 0, '[{"key":"颜色","value":"岩石青"},{"key":"容量","value":"512G"}]'),
  (401, 4, '100000401', 1399.00, 800, 10, 0, NULL, 0, '[{"key":"颜色","value":"子夜黑"},{"key":"容量","value":"256G"}]'),
  (402, 4, '100000402', 1399.00, 700, 10, 0, NULL, 0, '[{"key":"颜色","value":"浅梦空间"},{"key":"容量","value":"256G"}]'),
  (403, 4, '100000403', 1599.00, 500, 10, 0, NULL, 0, '[{"key":"颜色","value":"子夜黑"},{"key":"容量","value":"512G"}]'),
  (501, 5, '100000501', 5999.00, 600, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"容量","value":"128G"}]'),
  (502, 5, '100000502', 5999.00, 400, 10, 0, NULL, 0, '[{"key":"颜色","value":"粉色"},{"key":"容量","value":"128G"}]'),
  (503, 5, '100000503', 6999.00, 300, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"容量","value":"256G"}]'),
  (504, 5, '100000504', 6999.00, 300, 10, 0, NULL, 0, '[{"key":"颜色","value":"蓝色"},{"key":"容量","value":"256G"}]'),
  (601, 6, '100000601', 9999.00, 200, 10, 0, NULL, 0, '[{"key":"颜色","value":"原色钛金属"},{"key":"容量","value":"256G"}]'),
  (602, 6, '100000602', 9999.00, 220, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色钛金属"},{"key":"容量","value":"256G"}]'),
  (603, 6, '100000603', 11999.00, 100, 10, 0, NULL, 0, '[{"key":"颜色","value":"原色钛金属"},{"key":"容量","value":"512G"}]'),
  (701, 7, '100000701', 2499.00, 300, 10, 0, 2299.00, 0, '[{"key":"颜色","value":"萤石青"},{"key":"容量","value":"256G"}]'),
  (702, 7, '100000702', 2499.00, 350, 10, 0, 2299.00, 0, '[{"key":"颜色","value":"曜石黑"},{"key":"容量","value":"256G"}]'),
  (703, 7, '100000703', 2799.00, 150, 10, 0, 2599.00, 0, '[{"key":"颜色","value":"曜石黑"},{"key":"容量","value":"512G"}]'),
  (801, 8, '100000801', 2099.00, 300, 10, 0, NULL, 0, '[{"key":"颜色","value":"深空灰"},{"key":"容量","value":"128G"}]'),
  (802, 8, '100000802', 2399.00, 200, 10, 0, NULL, 0, '[{"key":"颜色","value":"冰霜银"},{"key":"容量","value":"256G"}]'),
  (901, 9, '100000901', 4799.00, 250, 10, 0, NULL, 0, '[{"key":"颜色","value":"深空灰色"},{"key":"容量","value":"128G"}]'),
  (902, 9, '100000902', 5599.00, 150, 10, 0, NULL, 0, '[{"key":"颜色","value":"星光色"},{"key":"容量","value":"256G"}]'),
  (1001, 10, '100001001', 1299.00, 600, 10, 0, 1199.00, 0, '[{"key":"颜色","value":"陶瓷白"}]'),
  (1002, 10, '100001002', 1299.00, 400, 10, 0, 1199.00, 0, '[{"key":"颜色","value":"星河蓝"}]'),
  (1101, 11, '100001101', 1899.00, 800, 10, 0, NULL, 0, '[{"key":"颜色","value":"白色"}]'),
  (1201, 12, '100001201', 79.00, 500, 10, 0, NULL, 0, '[{"key":"颜色","value":"白色"},{"key":"尺码","value":"M"}]'),
  (1202, 12, '100001202', 79.00, 800, 10, 0, NULL, 0, '[{"key":"颜色","value":"白色"},{"key":"尺码","value":"L"}]'),
  (1203, 12, '100001203', 79.00, 600, 10, 0, NULL, 0, '[{"key":"颜色","value":"白色"},{"key":"尺码","value":"XL"}]'),
  (1204, 12, '100001204', 79.00, 500, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"M"}]'),
  (1205, 12, '100001205', 79.00, 900, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"L"}]'),
  (1206, 12, '100001206', 79.00, 700, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"XL"}]'),
  (1301, 13, '100001301', 199.00, 300, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"M"}]'),
  (1302, 13, '100001302', 199.00, 400, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"L"}]'),
  (1303, 13, '100001303', 199.00, 250, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"XL"}]'),
  (1304, 13, '100001304', 199.00, 300, 10, 0, NULL, 0, '[{"key":"颜色","value":"灰色"},{"key":"尺码","value":"L"}]'),
  (1401, 14, '100001401', 399.00, 200, 10, 0, NULL, 0, '[{"key":"颜色","value":"藏青色"},{"key":"尺码","value":"L"}]'),
  (1402, 14, '100001402', 399.00, 250, 10, 0, NULL, 0, '[{"key":"颜色","value":"藏青色"},{"key":"尺码","value":"XL"}]'),
  (1403, 14, '100001403', 399.00, 150, 10, 0, NULL, 0, '[{"key":"颜色","value":"军绿色"},{"key":"尺码","value":"L"}]'),
  (1404, 14, '100001404', 399.00, 180, 10, 0, NULL, 0, '[{"key":"颜色","value":"军绿色"},{"key":"尺码","value":"XL"}]'),
  (1501, 15, '100001501', 599.00, 150, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"M"}]'),
  (1502, 15, '100001502', 599.00, 200, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"L"}]'),
  (1503, 15, '100001503', 599.00, 120, 10, 0, NULL, 0, '[{"key":"颜色","value":"黑色"},{"key":"尺码","value":"XL"}]'),
  (1601, 16, '100001601', 899.00, 150, 10, 0, 799.00, 0, '[{"key":"颜色","value":"黑色"},{"key":"鞋码","value":"41"}]'),
  (1602, 16, '100001602', 899.00, 200, 10, 0, 799.00, 0, '[{"key":"颜色","value":"黑色"},{"key":"鞋码","value":"42"}]'),
  (1603, 16, '100001603', 899.00, 150, 10, 0, 799.00, 0, '[{"key":"颜色","value":"黑色"},{"key":"鞋码","value":"43"}]'),
  (1604, 16, '100001604', 899.00, 120, 10, 0, 799.00, 0, '[{"key":"颜色","value":"白色"},{"key":"鞋码","value":"42"}]'),
  (1701, 17, '100001701', 1999.00, 200, 10, 0, NULL, 0, '[{"key":"规格","value":"55英寸"}]'),
  (1702, 17, '100001702', 2999.00, 250, 10, 0, NULL, 0, '[{"key":"规格","value":"65英寸"}]'),
  (1703, 17, '100001703', 3999.00, 150, 10, 0, NULL, 0, '[{"key":"规格","value":"75英寸"}]'),
  (1801, 18, '100001801', 4999.00, 120, 10, 0, NULL, 0, '[{"key":"规格","value":"65英寸"}]'),
  (1802, 18, '100001802', 6999.00, 100, 10, 0, NULL, 0, '[{"key":"规格","value":"75英寸"}]'),
  (1901, 19, '100001901', 2799.00, 200, 10, 0, 2599.00, 0, '[{"key":"规格","value":"大1匹"}]'),
  (1902, 19, '100001902', 3099.00, 300, 10, 0, 2899.00, 0, '[{"key":"规格","value":"1.5匹"}]'),
  (2001, 20, '100002001', 2399.00, 300, 10, 0, NULL, 0, '[{"key":"规格","value":"大1匹"}]'),
  (2002, 20, '100002002', 2699.00, 350, 10, 0, NULL, 0, '[{"key":"规格","value":"1.5匹"}]'),
  (2101, 21, '100002101', 2999.00, 120, 10, 0, NULL, 0, '[{"key":"规格","value":"508升"},{"key":"颜色","value":"星际银"}]'),
  (2102, 21, '100002102', 3099.00, 100, 10, 0, NULL, 0, '[{"key":"规格","value":"508升"},{"key":"颜色","value":"墨兰灰"}]'),
  (2201, 22, '100002201', 5999.00, 150, 10, 0, NULL, 0, '[{"key":"颜色","value":"深空灰"},{"key":"配置","value":"16G+1T"}]'),
  (2202, 22, '100002202', 5999.00, 120, 10, 0, NULL, 0, '[{"key":"颜色","value":"皓月银"},{"key":"配置","value":"16G+1T"}]'),
  (2203, 22, '100002203', 6999.00, 100, 10, 0, NULL, 0, '[{"key":"颜色","value":"深空灰"},{"key":"配置","value":"32G+1T"}]'),
  (2301, 23, '100002301', 8999.00, 150, 10, 0, NULL, 0, '[{"key":"颜色","value":"午夜色"},{"key":"配置","value":"16G+512G"}]'),
  (2302, 23, '100002302', 8999.00, 150, 10, 0, NULL, 0, '[{"key":"颜色","value":"星光色"},{"key":"配置","value":"16G+512G"}]'),
  (2303, 23, '100002303', 11999.00, 100, 10, 0, NULL, 0, '[{"key":"颜色","value":"午夜色"},{"key":"配置","value":"24G+1T"}]')
ON DUPLICATE KEY UPDATE
  product_id = VALUES(product_id), sku_code = VALUES(sku_code), price = VALUES(price),
  low_stock = VALUES(low_stock), promotion_price = VALUES(promotion_price), sp_data = VALUES(sp_data);

-- ---------------------------------------------------------------------------------------------------------
-- Attribute values: specs list every value the product offers (comma-separated), params hold one value.
-- id = product id * 100 + n.
INSERT INTO pms_product_attribute_value (id, product_id, product_attribute_id, value) VALUES
  (101, 1, 10, '雅川青,雅丹黑'), (102, 1, 11, '256G,512G'), (103, 1, 12, '6.82英寸'), (104, 1, 13, '5G全网通'),
  (105, 1, 14, 'HarmonyOS'), (106, 1, 15, '5000mAh'),
  (201, 2, 10, '樱语白,曜金黑'), (202, 2, 11, '256G,512G'), (203, 2, 12, '6.7英寸'), (204, 2, 13, '4G全网通'),
  (205, 2, 14, 'HarmonyOS'), (206, 2, 15, '4600mAh'),
  (301, 3, 10, '黑色,白色,岩石青'), (302, 3, 11, '256G,512G'), (303, 3, 12, '6.36英寸'), (304, 3, 13, '5G全网通'),
  (305, 3, 14, 'Android'), (306, 3, 15, '4610mAh'),
  (401, 4, 10, '子夜黑,浅梦空间'), (402, 4, 11, '256G,512G'), (403, 4, 12, '6.67英寸'), (404, 4, 13, '5G全网通'),
  (405, 4, 14, 'Android'), (406, 4, 15, '5100mAh'),
  (501, 5, 10, '黑色,粉色,蓝色'), (502, 5, 11, '128G,256G'), (503, 5, 12, '6.1英寸'), (504, 5, 13, '5G全网通'),
  (505, 5, 14, 'iOS'), (506, 5, 15, '3349mAh'),
  (601, 6, 10, '原色钛金属,黑色钛金属'), (602, 6, 11, '256G,512G'), (603, 6, 12, '6.7英寸'), (604, 6, 13, '5G全网通'),
  (605, 6, 14, 'iOS'), (606, 6, 15, '4422mAh'),
  (701, 7, 10, '萤石青,曜石黑'), (702, 7, 11, '256G,512G'), (703, 7, 12, '6.7英寸'), (704, 7, 13, '5G全网通'),
  (705, 7, 14, 'Android'), (706, 7, 15, '5000mAh'),
  (801, 8, 10, '深空灰,冰霜银'), (802, 8, 11, '128G,256G'), (803, 8, 12, '11.5英寸'), (804, 8, 13, 'WLAN'),
  (805, 8, 14, 'HarmonyOS'), (806, 8, 15, '7700mAh'),
  (901, 9, 10, '深空灰色,星光色'), (902, 9, 11, '128G,256G'), (903, 9, 12, '11英寸'), (904, 9, 13, 'WLAN'),
  (905, 9, 14, 'iPadOS'), (906, 9, 15, '7606mAh'),
  (1001, 10, 16, '陶瓷白,星河蓝'), (1002, 10, 17, '蓝牙5.2'), (1003, 10, 18, '31小时（含充电盒）'),
  (1101, 11, 16, '白色'), (1102, 11, 17, '蓝牙5.3'), (1103, 11, 18, '30小时（含充电盒）'),
  (1201, 12, 1, '白色,黑色'), (1202, 12, 2, 'M,L,XL'), (1203, 12, 3, '夏季'), (1204, 12, 4, '纯棉'),
  (1205, 12, 5, '常规'),
  (1301, 13, 1, '黑色,灰色'), (1302, 13, 2, 'M,L,XL'), (1303, 13, 3, '四季'), (1304, 13, 4, '聚酯纤维'),
  (1305, 13, 5, '修身'),
  (1401, 14, 1, '藏青色,军绿色'), (1402, 14, 2, 'L,XL'), (1403, 14, 3, '秋季'), (1404, 14, 4, '锦纶'),
  (1405, 14, 5, '常规'),
  (1501, 15, 1, '黑色'), (1502, 15, 2, 'M,L,XL'), (1503, 15, 3, '春季'), (1504, 15, 4, '聚酯纤维'),
  (1505, 15, 5, '宽松'),
  (1601, 16, 6, '黑色,白色'), (1602, 16, 7, '41,42,43'), (1603, 16, 8, '跑步'), (1604, 16, 9, '工程网眼'),
  (1701, 17, 19, '55英寸,65英寸,75英寸'), (1702, 17, 21, '二级能效'), (1703, 17, 22, '150W'),
  (1801, 18, 19, '65英寸,75英寸'), (1802, 18, 21, '一级能效'), (1803, 18, 22, '180W'),
  (1901, 19, 19, '大1匹,1.5匹'), (1902, 19, 21, '一级能效'), (1903, 19, 22, '1000W'),
  (2001, 20, 19, '大1匹,1.5匹'), (2002, 20, 21, '一级能效'), (2003, 20, 22, '980W'),
  (2101, 21, 19, '508升'), (2102, 21, 20, '星际银,墨兰灰'), (2103, 21, 21, '一级能效'), (2104, 21, 22, '150W'),
  (2201, 22, 23, '深空灰,皓月银'), (2202, 22, 24, '16G+1T,32G+1T'), (2203, 22, 25, '14.2英寸'),
  (2204, 22, 26, 'Intel Core Ultra 5 125H'), (2205, 22, 27, 'Intel Arc 集成显卡'),
  (2301, 23, 23, '午夜色,星光色'), (2302, 23, 24, '16G+512G,24G+1T'), (2303, 23, 25, '13.6英寸'),
  (2304, 23, 26, 'Apple M3'), (2305, 23, 27, 'M3 10核图形处理器')
ON DUPLICATE KEY UPDATE
  product_id = VALUES(product_id), product_attribute_id = VALUES(product_attribute_id), value = VALUES(value);

-- ---------------------------------------------------------------------------------------------------------
-- Member prices (promotion_type 2) for the three non-default levels; id = product id * 10 + level id.
INSERT INTO pms_member_price (id, product_id, member_level_id, member_price, member_level_name) VALUES
  (51, 5, 1, 5899.00, '黄金会员'), (52, 5, 2, 5799.00, '白金会员'), (53, 5, 3, 5699.00, '钻石会员'),
  (141, 14, 1, 379.00, '黄金会员'), (142, 14, 2, 369.00, '白金会员'), (143, 14, 3, 359.00, '钻石会员'),
  (211, 21, 1, 2949.00, '黄金会员'), (212, 21, 2, 2899.00, '白金会员'), (213, 21, 3, 2849.00, '钻石会员'),
  (221, 22, 1, 5899.00, '黄金会员'), (222, 22, 2, 5799.00, '白金会员'), (223, 22, 3, 5699.00, '钻石会员')
ON DUPLICATE KEY UPDATE
  product_id = VALUES(product_id), member_level_id = VALUES(member_level_id),
  member_price = VALUES(member_price), member_level_name = VALUES(member_level_name);

-- Ladder prices (promotion_type 3): buy `count` or more pieces of the product, pay `discount` x price.
INSERT INTO pms_product_ladder (id, product_id, count, discount, price) VALUES
  (31, 3, 2, 0.95, 3799.05), (32, 3, 3, 0.90, 3599.10),
  (111, 11, 2, 0.95, 1804.05),
  (121, 12, 2, 0.90, 71.10), (122, 12, 3, 0.80, 63.20)
ON DUPLICATE KEY UPDATE
  product_id = VALUES(product_id), count = VALUES(count), discount = VALUES(discount), price = VALUES(price);

-- Full reductions (promotion_type 4): spend full_price on the product, get reduce_price off.
INSERT INTO pms_product_full_reduction (id, product_id, full_price, reduce_price) VALUES
  (41, 4, 1000.00, 50.00), (42, 4, 2000.00, 120.00),
  (81, 8, 2000.00, 100.00),
  (131, 13, 300.00, 30.00), (132, 13, 500.00, 60.00),
  (171, 17, 2000.00, 100.00), (172, 17, 3000.00, 200.00),
  (201, 20, 2000.00, 150.00)
ON DUPLICATE KEY UPDATE
  product_id = VALUES(product_id), full_price = VALUES(full_price), reduce_price = VALUES(reduce_price);

-- ---------------------------------------------------------------------------------------------------------
-- Preferred zones (优选专区) and their products.
INSERT INTO cms_prefrence_area (id, name, sub_title, pic, sort, show_status) VALUES
  (1, '数码尖货', '旗舰手机与智能设备', 'https://picsum.photos/seed/mall-area-1/750/300', 40, 1),
  (2, '品质穿搭', '舒适透气的四季衣橱', 'https://picsum.photos/seed/mall-area-2/750/300', 30, 1),
  (3, '智慧家电', '大屏观影与清凉一夏', 'https://picsum.photos/seed/mall-area-3/750/300', 20, 1),
  (4, '高效办公', '轻薄本与平板生产力', 'https://picsum.photos/seed/mall-area-4/750/300', 10, 1)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), sub_title = VALUES(sub_title), pic = VALUES(pic), sort = VALUES(sort),
  show_status = VALUES(show_status);

INSERT INTO cms_prefrence_area_product_relation (id, prefrence_area_id, product_id) VALUES
  (1, 1, 1), (2, 1, 5), (3, 1, 10),
  (4, 2, 12), (5, 2, 14), (6, 2, 16),
  (7, 3, 17), (8, 3, 19), (9, 3, 21),
  (10, 4, 22), (11, 4, 23), (12, 4, 9)
ON DUPLICATE KEY UPDATE prefrence_area_id = VALUES(prefrence_area_id), product_id = VALUES(product_id);

-- ---------------------------------------------------------------------------------------------------------
-- Subject categories, subjects (专题) and their products; counts and category names are computed below.
INSERT INTO cms_subject_category (id, name, icon, subject_count, show_status, sort) VALUES
  (1, '数码专题', 'https://picsum.photos/seed/mall-subject-cate-1/120/120', 0, 1, 30),
  (2, '服饰专题', 'https://picsum.photos/seed/mall-subject-cate-2/120/120', 0, 1, 20),
  (3, '家电专题', 'https://picsum.photos/seed/mall-subject-cate-3/120/120', 0, 1, 10)
ON DUPLICATE KEY UPDATE name = VALUES(name), icon = VALUES(icon), show_status = VALUES(show_status),
  sort = VALUES(sort);

INSERT INTO cms_subject (id, category_id, title, pic, product_count, recommend_status, create_time, collect_count,
  read_count, comment_count, album_pics, description, show_status, content, forward_count, category_name) VALUES
  (1, 1, '旗舰手机焕新季', 'https://picsum.photos/seed/mall-subject-1/750/400', 0, 1, '2025-01-01 00:00:00', 120,
   3600, 0, 'https://picsum.photos/seed/mall-subject-1-a/750/400,https://picsum.photos/seed/mall-subject-1-b/750/400',
   '年度旗舰手机集中上新，以旧换新再享补贴。', 1, '<p>华为、小米、Apple 年度旗舰一站选购。</p>', 45, NULL),
  (2, 1, '真无线耳机好声音', 'https://picsum.photos/seed/mall-subject-2/750/400', 0, 1, '2025-01-01 00:00:00', 80,
   2100, 0, 'https://picsum.photos/seed/mall-subject-2-a/750/400',
   '主动降噪真无线耳机横评，通勤党必看。', 1, '<p>降噪、音质与续航，一文看懂怎么选。</p>', 20, NULL),
  (3, 2, '夏日清爽T恤节', 'https://picsum.photos/seed/mall-subject-3/750/400', 0, 1, '2025-01-01 00:00:00', 95,
   2800, 0, 'https://picsum.photos/seed/mall-subject-3-a/750/400',
   '纯棉与速干 T 恤，多件更优惠。', 1, '<p>满两件享折扣，清爽一夏。</p>', 31, NULL),
  (4, 2, '跑者装备指南', 'https://picsum.photos/seed/mall-subject-4/750/400', 0, 1, '2025-01-01 00:00:00', 60,
   1900, 0, 'https://picsum.photos/seed/mall-subject-4-a/750/400',
   '从跑鞋到速干衣，为训练做好准备。', 1, '<p>缓震跑鞋与排汗上衣搭配建议。</p>', 18, NULL),
  (5, 3, '大屏电视观影季', 'https://picsum.photos/seed/mall-subject-5/750/400', 0, 1, '2025-01-01 00:00:00', 70,
   2500, 0, 'https://picsum.photos/seed/mall-subject-5-a/750/400',
   '65 英寸起的大屏电视，满额立减。', 1, '<p>4K 高刷大屏，客厅影院一步到位。</p>', 22, NULL),
  (6, 3, '清凉一夏空调节', 'https://picsum.photos/seed/mall-subject-6/750/400', 0, 1, '2025-01-01 00:00:00', 88,
   3100, 0, 'https://picsum.photos/seed/mall-subject-6-a/750/400',
   '新一级能效变频空调，省电又安静。', 1, '<p>选空调看能效与匹数，附选购表。</p>', 27, NULL)
ON DUPLICATE KEY UPDATE
  category_id = VALUES(category_id), title = VALUES(title), pic = VALUES(pic),
  recommend_status = VALUES(recommend_status), album_pics = VALUES(album_pics),
  description = VALUES(description), show_status = VALUES(show_status), content = VALUES(content);

INSERT INTO cms_subject_product_relation (id, subject_id, product_id) VALUES
  (1, 1, 1), (2, 1, 3), (3, 1, 5), (4, 1, 6),
  (5, 2, 10), (6, 2, 11),
  (7, 3, 12), (8, 3, 13),
  (9, 4, 16), (10, 4, 13), (11, 4, 15),
  (12, 5, 17), (13, 5, 18),
  (14, 6, 19), (15, 6, 20)
ON DUPLICATE KEY UPDATE subject_id = VALUES(subject_id), product_id = VALUES(product_id);

-- ---------------------------------------------------------------------------------------------------------
-- Derived columns, recomputed from the rows so they always agree.
UPDATE pms_sku_stock s JOIN pms_product p ON p.id = s.product_id
SET s.pic = p.pic
WHERE s.product_id BETWEEN 1 AND 23;

UPDATE pms_product p
SET p.stock = (SELECT COALESCE(SUM(s.stock), 0) FROM pms_sku_stock s WHERE s.product_id = p.id)
WHERE p.id BETWEEN 1 AND 23;

UPDATE pms_product p
  JOIN pms_brand b ON b.id = p.brand_id
  JOIN pms_product_category c ON c.id = p.product_category_id
SET p.brand_name = b.name, p.product_category_name = c.name
WHERE p.id BETWEEN 1 AND 23;

UPDATE pms_brand b
SET b.product_count = (SELECT COUNT(*) FROM pms_product p WHERE p.brand_id = b.id AND p.delete_status = 0)
WHERE b.id BETWEEN 1 AND 8;

UPDATE pms_product_category c
SET c.product_count = (SELECT COUNT(*) FROM pms_product p
  WHERE p.product_category_id = c.id AND p.delete_status = 0)
WHERE c.id BETWEEN 1 AND 99;

-- A top-level category counts the products of its leaves (the grouped derived table is materialised, which
-- is what allows reading the table being updated).
UPDATE pms_product_category c
  JOIN (SELECT parent_id, SUM(product_count) AS total FROM pms_product_category
    WHERE level = 1 AND id BETWEEN 1 AND 99 GROUP BY parent_id) leaf ON leaf.parent_id = c.id
SET c.product_count = leaf.total
WHERE c.level = 0 AND c.id BETWEEN 1 AND 99;

UPDATE pms_product_attribute_category ac
SET ac.attribute_count = (SELECT COUNT(*) FROM pms_product_attribute a
    WHERE a.product_attribute_category_id = ac.id AND a.type = 0),
  ac.param_count = (SELECT COUNT(*) FROM pms_product_attribute a
    WHERE a.product_attribute_category_id = ac.id AND a.type = 1)
WHERE ac.id BETWEEN 1 AND 6;

UPDATE cms_subject s
  JOIN cms_subject_category sc ON sc.id = s.category_id
SET s.category_name = sc.name,
  s.product_count = (SELECT COUNT(*) FROM cms_subject_product_relation r WHERE r.subject_id = s.id)
WHERE s.id BETWEEN 1 AND 6;

UPDATE cms_subject_category sc
SET sc.subject_count = (SELECT COUNT(*) FROM cms_subject s WHERE s.category_id = sc.id)
WHERE sc.id BETWEEN 1 AND 3;
