-- 20-oms-settings.sql: order-side reference rows.
--
-- The order timeout logic reads the singleton oms_order_setting row (id 1); the shopper's return form and the
-- admin's return handling read the return reasons and the company addresses. Idempotent: fixed ids with
-- ON DUPLICATE KEY UPDATE, so re-seeding restores these values.

-- Flash-sale orders close after 60 min unpaid, normal orders after 120 min; receipt is auto-confirmed 15 days
-- after shipping, orders complete 7 days after receipt and get an automatic review 7 days after that.
INSERT INTO oms_order_setting (id, flash_order_overtime, normal_order_overtime, confirm_overtime, finish_overtime,
  comment_overtime) VALUES
  (1, 60, 120, 15, 7, 7)
ON DUPLICATE KEY UPDATE
  flash_order_overtime = VALUES(flash_order_overtime), normal_order_overtime = VALUES(normal_order_overtime),
  confirm_overtime = VALUES(confirm_overtime), finish_overtime = VALUES(finish_overtime),
  comment_overtime = VALUES(comment_overtime);

-- Return reasons, listed by sort descending; 价格变动 is disabled to show the status switch.
INSERT INTO oms_order_return_reason (id, name, sort, status, create_time) VALUES
  (1, '质量问题', 90, 1, '2025-01-01 00:00:00'),
  (2, '商品破损或缺件', 80, 1, '2025-01-01 00:00:00'),
  (3, '商品与描述不符', 70, 1, '2025-01-01 00:00:00'),
  (4, '尺码不合适', 60, 1, '2025-01-01 00:00:00'),
  (5, '颜色或款式不喜欢', 50, 1, '2025-01-01 00:00:00'),
  (6, '7天无理由退货', 40, 1, '2025-01-01 00:00:00'),
  (7, '卖家发错货', 30, 1, '2025-01-01 00:00:00'),
  (8, '价格变动', 20, 0, '2025-01-01 00:00:00'),
  (9, '其他原因', 10, 1, '2025-01-01 00:00:00')
ON DUPLICATE KEY UPDATE name = VALUES(name), sort = VALUES(sort), status = VALUES(status),
  create_time = VALUES(create_time);

-- Company addresses: one default shipping point and one default return (receiving) point.
INSERT INTO oms_company_address (id, address_name, send_status, receive_status, name, phone, province, city,
  region, detail_address) VALUES
  (1, '深圳发货仓', 1, 0, '李仓管', '075588880001', '广东省', '深圳市', '宝安区', '福永街道物流园 3 号库'),
  (2, '北京发货仓', 0, 0, '王仓管', '01088880002', '北京市', '北京市', '大兴区', '亦庄经济开发区物流园 8 号库'),
  (3, '上海退货中心', 0, 1, '陈售后', '02188880003', '上海市', '上海市', '青浦区', '华新镇华腾路 1288 号')
ON DUPLICATE KEY UPDATE
  address_name = VALUES(address_name), send_status = VALUES(send_status), receive_status = VALUES(receive_status),
  name = VALUES(name), phone = VALUES(phone), province = VALUES(province), city = VALUES(city),
  region = VALUES(region), detail_address = VALUES(detail_address);
