-- 40-sms-marketing.sql: promotions and home-page content over the demo catalog.
--
-- Coupons of every scope (all products, categories, single products), one flash promotion running every day
-- with sessions that partition the day (so the home page always has a current flash session), home adverts
-- for the app (type 1) and the PC site (type 0), and the home recommendations (brands, new, popular,
-- subjects). Every validity window runs from 2025-01-01 to 2030-12-31 so the demo stays live for years.
-- The home page lists are read with an offset (GET /home/content defaults to offset 4), so each has at
-- least six recommended rows.
--
-- Idempotent: fixed ids with ON DUPLICATE KEY UPDATE. Runtime counters (coupon count / receive_count /
-- use_count, advert clicks and orders) are kept when the row already exists.

-- ---------------------------------------------------------------------------------------------------------
-- Coupons. type 0 全场赠券 / 1 会员赠券 / 2 购物赠券 / 3 注册赠券; platform 0 all; use_type 0 all products /
-- 1 categories (sms_coupon_product_category_relation) / 2 products (sms_coupon_product_relation).
-- `count` is the number still claimable; member_level 0 = any level.
INSERT INTO sms_coupon (id, type, name, platform, count, amount, per_limit, min_point, start_time, end_time,
  use_type, note, publish_count, use_count, receive_count, enable_time, code, member_level) VALUES
  (1, 0, '全场满1000减50', 0, 10000, 50.00, 5, 1000.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 0,
   '全场通用，满 1000 元可用', 10000, 0, 0, '2025-01-01 00:00:00', 'ALL1000M50', 0),
  (2, 3, '新人无门槛10元券', 0, 10000, 10.00, 1, 0.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 0,
   '全场通用，无门槛', 10000, 0, 0, '2025-01-01 00:00:00', 'NEW10', 0),
  (3, 0, '手机满3000减200', 0, 10000, 200.00, 2, 3000.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 1,
   '限手机分类商品使用', 10000, 0, 0, '2025-01-01 00:00:00', 'PHONE3000M200', 0),
  (4, 0, '服装鞋靴满200减30', 0, 10000, 30.00, 2, 200.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 1,
   '限 T恤、外套、运动鞋分类商品使用', 10000, 0, 0, '2025-01-01 00:00:00', 'WEAR200M30', 0),
  (5, 1, '家电满2000减150', 0, 10000, 150.00, 2, 2000.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 1,
   '限电视、空调、冰箱分类商品使用', 10000, 0, 0, '2025-01-01 00:00:00', 'HOME2000M150', 0),
  (6, 2, 'iPhone 15 满5000减300', 0, 10000, 300.00, 1, 5000.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 2,
   '限 Apple iPhone 15 使用', 10000, 0, 0, '2025-01-01 00:00:00', 'IPHONE15M300', 0),
  (7, 2, '小米手机满1000减80', 0, 10000, 80.00, 1, 1000.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 2,
   '限小米 14、Redmi Note 13 Pro 使用', 10000, 0, 0, '2025-01-01 00:00:00', 'MI1000M80', 0),
  (8, 2, 'NIKE运动满500减50', 0, 10000, 50.00, 1, 500.00, '2025-01-01 00:00:00', '2030-12-31 23:59:59', 2,
   '限指定 NIKE 商品使用', 10000, 0, 0, '2025-01-01 00:00:00', 'NIKE500M50', 0)
ON DUPLICATE KEY UPDATE
  type = VALUES(type), name = VALUES(name), platform = VALUES(platform), amount = VALUES(amount),
  per_limit = VALUES(per_limit), min_point = VALUES(min_point), start_time = VALUES(start_time),
  end_time = VALUES(end_time), use_type = VALUES(use_type), note = VALUES(note),
  publish_count = VALUES(publish_count), enable_time = VALUES(enable_time), code = VALUES(code),
  member_level = VALUES(member_level);

INSERT INTO sms_coupon_product_category_relation (id, coupon_id, product_category_id, product_category_name,
  parent_category_name) VALUES
  (1, 3, 11, '手机', '手机数码'),
  (2, 4, 21, 'T恤', '服装鞋靴'),
  (3, 4, 22, '外套', '服装鞋靴'),
  (4, 4, 23, '运动鞋', '服装鞋靴'),
  (5, 5, 31, '电视', '家用电器'),
  (6, 5, 32, '空调', '家用电器'),
  (7, 5, 33, '冰箱', '家用电器')
ON DUPLICATE KEY UPDATE
  coupon_id = VALUES(coupon_id), product_category_id = VALUES(product_category_id),
  product_category_name = VALUES(product_category_name), parent_category_name = VALUES(parent_category_name);

INSERT INTO sms_coupon_product_relation (id, coupon_id, product_id, product_name, product_sn) VALUES
  (1, 6, 5, 'Apple iPhone 15', '1000005'),
  (2, 7, 3, '小米 Xiaomi 14', '1000003'),
  (3, 7, 4, 'Redmi Note 13 Pro', '1000004'),
  (4, 8, 13, 'NIKE Dri-FIT 男子速干训练T恤', '1000013'),
  (5, 8, 15, 'NIKE Sportswear 男子连帽夹克', '1000015'),
  (6, 8, 16, 'NIKE Air Zoom Pegasus 40 男子跑步鞋', '1000016')
ON DUPLICATE KEY UPDATE
  coupon_id = VALUES(coupon_id), product_id = VALUES(product_id), product_name = VALUES(product_name),
  product_sn = VALUES(product_sn);

-- ---------------------------------------------------------------------------------------------------------
-- Flash promotion: the home page takes the first online promotion whose date range contains today.
INSERT INTO sms_flash_promotion (id, title, start_date, end_date, status, create_time) VALUES
  (1, '每日限时秒杀', '2025-01-01', '2030-12-31', 1, '2025-01-01 00:00:00')
ON DUPLICATE KEY UPDATE
  title = VALUES(title), start_date = VALUES(start_date), end_date = VALUES(end_date), status = VALUES(status);

-- Sessions are daily time slots with inclusive bounds; together they cover 00:00:00-23:59:59 without
-- overlap, so exactly one session contains any second of the day.
INSERT INTO sms_flash_promotion_session (id, name, start_time, end_time, status, create_time) VALUES
  (1, '00:00场', '00:00:00', '07:59:59', 1, '2025-01-01 00:00:00'),
  (2, '08:00场', '08:00:00', '09:59:59', 1, '2025-01-01 00:00:00'),
  (3, '10:00场', '10:00:00', '11:59:59', 1, '2025-01-01 00:00:00'),
  (4, '12:00场', '12:00:00', '13:59:59', 1, '2025-01-01 00:00:00'),
  (5, '14:00场', '14:00:00', '15:59:59', 1, '2025-01-01 00:00:00'),
  (6, '16:00场', '16:00:00', '17:59:59', 1, '2025-01-01 00:00:00'),
  (7, '18:00场', '18:00:00', '19:59:59', 1, '2025-01-01 00:00:00'),
  (8, '20:00场', '20:00:00', '23:59:59', 1, '2025-01-01 00:00:00')
ON DUPLICATE KEY UPDATE
  name = VALUES(name), start_time = VALUES(start_time), end_time = VALUES(end_time), status = VALUES(status);

-- Three products per session at a flash price below their regular price; id = session id * 10 + n.
INSERT INTO sms_flash_promotion_product_relation (id, flash_promotion_id, flash_promotion_session_id, product_id,
  flash_promotion_price, flash_promotion_count, flash_promotion_limit, sort) VALUES
  (11, 1, 1, 12, 49.00, 200, 2, 30), (12, 1, 1, 4, 1199.00, 100, 1, 20), (13, 1, 1, 10, 999.00, 100, 1, 10),
  (21, 1, 2, 1, 5999.00, 50, 1, 30), (22, 1, 2, 13, 139.00, 200, 2, 20), (23, 1, 2, 20, 2099.00, 50, 1, 10),
  (31, 1, 3, 3, 3699.00, 100, 1, 30), (32, 1, 3, 16, 699.00, 100, 1, 20), (33, 1, 3, 11, 1699.00, 100, 1, 10),
  (41, 1, 4, 5, 5599.00, 50, 1, 30), (42, 1, 4, 14, 299.00, 100, 2, 20), (43, 1, 4, 17, 1799.00, 50, 1, 10),
  (51, 1, 5, 7, 2199.00, 100, 1, 30), (52, 1, 5, 15, 459.00, 100, 1, 20), (53, 1, 5, 19, 2399.00, 50, 1, 10),
  (61, 1, 6, 2, 2399.00, 100, 1, 30), (62, 1, 6, 9, 4399.00, 50, 1, 20), (63, 1, 6, 21, 2699.00, 50, 1, 10),
  (71, 1, 7, 6, 9499.00, 50, 1, 30), (72, 1, 7, 8, 1899.00, 100, 1, 20), (73, 1, 7, 22, 5499.00, 50, 1, 10),
  (81, 1, 8, 23, 8499.00, 50, 1, 30), (82, 1, 8, 18, 4599.00, 50, 1, 20), (83, 1, 8, 12, 55.00, 200, 2, 10)
ON DUPLICATE KEY UPDATE
  flash_promotion_id = VALUES(flash_promotion_id), flash_promotion_session_id = VALUES(flash_promotion_session_id),
  product_id = VALUES(product_id), flash_promotion_price = VALUES(flash_promotion_price),
  flash_promotion_count = VALUES(flash_promotion_count), flash_promotion_limit = VALUES(flash_promotion_limit),
  sort = VALUES(sort);

-- ---------------------------------------------------------------------------------------------------------
-- Home adverts: type 1 = app carousel (what the shopper home reads), type 0 = PC carousel; listed by sort
-- descending. url is the app page the carousel opens.
INSERT INTO sms_home_advertise (id, name, type, pic, start_time, end_time, status, click_count, order_count, url,
  note, sort) VALUES
  (1, 'Mate 60 Pro 限时优惠', 1, 'https://picsum.photos/seed/mall-ad-1/750/360', '2025-01-01 00:00:00',
   '2030-12-31 23:59:59', 1, 0, 0, '/pages/product/product?id=1', 'app 首页轮播', 100),
  (2, '小米14 多件更优惠', 1, 'https://picsum.photos/seed/mall-ad-2/750/360', '2025-01-01 00:00:00',
   '2030-12-31 23:59:59', 1, 0, 0, '/pages/product/product?id=3', 'app 首页轮播', 90),
  (3, '夏日T恤 第二件9折', 1, 'https://picsum.photos/seed/mall-ad-3/750/360', '2025-01-01 00:00:00',
   '2030-12-31 23:59:59', 1, 0, 0, '/pages/product/product?id=12', 'app 首页轮播', 80),
  (4, '家电焕新季', 0, 'https://picsum.photos/seed/mall-ad-4/1200/400', '2025-01-01 00:00:00',
   '2030-12-31 23:59:59', 1, 0, 0, '/pages/product/product?id=17', 'PC 首页轮播', 70),
  (5, '轻薄本开学季', 0, 'https://picsum.photos/seed/mall-ad-5/1200/400', '2025-01-01 00:00:00',
   '2030-12-31 23:59:59', 1, 0, 0, '/pages/product/product?id=22', 'PC 首页轮播', 60)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), type = VALUES(type), pic = VALUES(pic), start_time = VALUES(start_time),
  end_time = VALUES(end_time), status = VALUES(status), url = VALUES(url), note = VALUES(note),
  sort = VALUES(sort);

-- Home recommendations, listed by sort descending. One row in each list is not recommended, to show the
-- recommend switch in the admin.
INSERT INTO sms_home_brand (id, brand_id, brand_name, recommend_status, sort) VALUES
  (1, 1, '华为', 1, 600), (2, 2, '小米', 1, 500), (3, 3, '苹果', 1, 400), (4, 6, 'NIKE', 1, 300),
  (5, 8, '美的', 1, 200), (6, 5, '海澜之家', 1, 100), (7, 4, 'OPPO', 0, 50), (8, 7, '格力', 0, 40)
ON DUPLICATE KEY UPDATE
  brand_id = VALUES(brand_id), brand_name = VALUES(brand_name), recommend_status = VALUES(recommend_status),
  sort = VALUES(sort);

INSERT INTO sms_home_new_product (id, product_id, product_name, recommend_status, sort) VALUES
  (1, 1, '华为 HUAWEI Mate 60 Pro', 1, 600),
  (2, 5, 'Apple iPhone 15', 1, 500),
  (3, 3, '小米 Xiaomi 14', 1, 400),
  (4, 22, '华为 HUAWEI MateBook 14 2024 笔记本电脑', 1, 300),
  (5, 16, 'NIKE Air Zoom Pegasus 40 男子跑步鞋', 1, 200),
  (6, 12, '海澜之家 男士纯棉圆领短袖T恤', 1, 100),
  (7, 9, 'Apple iPad Air 11英寸 M2', 0, 50)
ON DUPLICATE KEY UPDATE
  product_id = VALUES(product_id), product_name = VALUES(product_name),
  recommend_status = VALUES(recommend_status), sort = VALUES(sort);

INSERT INTO sms_home_recommend_product (id, product_id, product_name, recommend_status, sort) VALUES
  (1, 6, 'Apple iPhone 15 Pro Max', 1, 600),
  (2, 4, 'Redmi Note 13 Pro', 1, 500),
  (3, 10, '华为 HUAWEI FreeBuds Pro 3 真无线耳机', 1, 400),
  (4, 17, '小米电视 A Pro 4K金属全面屏', 1, 300),
  (5, 19, '格力 云佳 新一级能效 变频冷暖壁挂式空调', 1, 200),
  (6, 15, 'NIKE Sportswear 男子连帽夹克', 1, 100),
  (7, 2, '华为 HUAWEI nova 12', 0, 50)
ON DUPLICATE KEY UPDATE
  product_id = VALUES(product_id), product_name = VALUES(product_name),
  recommend_status = VALUES(recommend_status), sort = VALUES(sort);

INSERT INTO sms_home_recommend_subject (id, subject_id, subject_name, recommend_status, sort) VALUES
  (1, 1, '旗舰手机焕新季', 1, 600),
  (2, 3, '夏日清爽T恤节', 1, 500),
  (3, 5, '大屏电视观影季', 1, 400),
  (4, 2, '真无线耳机好声音', 1, 300),
  (5, 4, '跑者装备指南', 1, 200),
  (6, 6, '清凉一夏空调节', 1, 100)
ON DUPLICATE KEY UPDATE
  subject_id = VALUES(subject_id), subject_name = VALUES(subject_name),
  recommend_status = VALUES(recommend_status), sort = VALUES(sort);
