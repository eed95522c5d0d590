import {
  demoMember,
  insertMembers,
  startMemberFeatures,
  testMember,
  unknownMember,
  type MemberFeaturesHarness,
} from './member-features.fixtures';

interface AddressRow {
  id: number;
  member_id: number;
  name: string | null;
  default_status: number | null;
  city: string | null;
}

interface AddressJson {
  id: number;
  memberId: number;
  name: string | null;
  phoneNumber: string | null;
  defaultStatus: number | null;
  postCode: string | null;
  province: string | null;
  city: string | null;
  region: string | null;
  detailAddress: string | null;
}

const newAddress = {
  name: '张三',
  phoneNumber: '13900000000',
  postCode: '200000',
  province: '上海市',
  city: '上海市',
  region: '徐汇区',
  detailAddress: '漕溪北路 1 号',
};

describe('mall-member /member/address', () => {
  let h: MemberFeaturesHarness;

  beforeAll(async () => {
    h = await startMemberFeatures('member_address');
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  const addressesOf = (memberId: number) =>
    h.rows<AddressRow>(
      'SELECT id, member_id, name, default_status, city FROM ums_member_receive_address WHERE member_id = ? ORDER BY id',
      [memberId],
    );

  it('lists the member’s own addresses with the original field names', async () => {
    const res = await h.call<AddressJson[]>('GET', '/member/address/list', demoMember);
    expect(res.code).toBe(200);
    expect(res.data).toEqual([
      {
        id: 1,
        memberId: 1,
        name: '演示会员',
        phoneNumber: '13800000001',
        defaultStatus: 1,
        postCode: '518057',
        province: '广东省',
        city: '深圳市',
        region: '南山区',
        detailAddress: '科苑路 15 号科兴科学园 A 座',
      },
    ]);
  });

  it('adds further addresses for the same member; a new default replaces the old one', async () => {
    const second = await h.call('POST', '/member/address/add', demoMember, {
      body: { ...newAddress, defaultStatus: 1, id: 999, memberId: 2 },
    });
    expect(second).toEqual({ code: 200, message: '操作成功', data: 1 });
    const third = await h.call('POST', '/member/address/add', demoMember, {
      body: { ...newAddress, name: '李四' },
    });
    expect(third.data).toBe(1);

    const rows = await addressesOf(1);
    expect(rows.map((r) => [r.name, r.default_status])).toEqual([
      ['演示会员', 0],
      ['张三', 1],
      ['李四', 0],
    ]);
    // The body's id and memberId are ignored.
    expect(rows.map((r) => r.id)).not.toContain(999);
    expect(await addressesOf(2)).toHaveLength(1);
  });

  it('makes an address the default and clears the others in one step', async () => {
    const [, , third] = await addressesOf(1);
    const res = await h.call('POST', `/member/address/update/${third.id}`, demoMember, {
      body: { defaultStatus: 1 },
    });
    expect(res).toEqual({ code: 200, message: '操作成功', data: 1 });
    const rows = await addressesOf(1);
    expect(rows.filter((r) => r.default_status === 1).map((r) => r.id)).toEqual([third.id]);
    // Fields not in the body are kept.
    expect(rows[2]).toMatchObject({ name: '李四', city: '上海市' });
  });

  it('updates only the given fields, ignores memberId and leaves a null defaultStatus alone', async () => {
    const [first] = await addressesOf(1);
    const res = await h.call('POST', `/member/address/update/${first.id}`, demoMember, {
      body: { city: '广州市', defaultStatus: null, memberId: 2, name: null },
    });
    expect(res.data).toBe(1);
    const [updated] = await addressesOf(1);
    expect(updated).toMatchObject({ id: first.id, member_id: 1, name: '演示会员', city: '广州市' });
    expect(updated.default_status).toBe(first.default_status);
  });

  it('never touches another member’s address, and writes nothing when refused', async () => {
    const before = { mine: await addressesOf(1), theirs: await addressesOf(2) };
    const foreignId = before.theirs[0].id;

    const update = await h.call('POST', `/member/address/update/${foreignId}`, demoMember, {
      body: { name: '篡改', defaultStatus: 1 },
    });
    expect(update).toEqual({ code: 500, message: '操作失败', data: null });
    const remove = await h.call('POST', `/member/address/delete/${foreignId}`, demoMember);
    expect(remove).toEqual({ code: 500, message: '操作失败', data: null });
    const detail = await h.call('GET', `/member/address/${foreignId}`, demoMember);
    expect(detail).toEqual({ code: 500, message: '没有可以用的地址，请添加', data: null });

    // Neither member's rows changed: the refused update did not clear member 1's default either.
    expect(await addressesOf(1)).toEqual(before.mine);
    expect(await addressesOf(2)).toEqual(before.theirs);
  });

  it('shows and deletes the member’s own address', async () => {
    const rows = await addressesOf(1);
    const last = rows[rows.length - 1];
    const detail = await h.call<AddressJson>('GET', `/member/address/${last.id}`, demoMember);
    expect(detail.data).toMatchObject({ id: last.id, memberId: 1, name: '李四' });

    expect(await h.call('POST', `/member/address/delete/${last.id}`, demoMember)).toEqual({
      code: 200,
      message: '操作成功',
      data: 1,
    });
    expect((await addressesOf(1)).map((r) => r.id)).not.toContain(last.id);
    expect((await h.call('POST', `/member/address/delete/${last.id}`, demoMember)).code).toBe(500);
  });

  it('keeps one default when several addresses are made default at the same time', async () => {
    const [member] = await insertMembers(h.sql, [7001]);
    for (const name of ['甲', '乙', '丙', '丁']) {
      await h.call('POST', '/member/address/add', member, { body: { ...newAddress, name } });
    }
    const ids = (await addressesOf(7001)).map((r) => r.id);
    const results = await Promise.all(
      ids.map((id) =>
        h.call('POST', `/member/address/update/${id}`, member, { body: { defaultStatus: 1 } }),
      ),
    );
    expect(results.map((r) => r.code)).toEqual([200, 200, 200, 200]);
    const defaults = (await addressesOf(7001)).filter((r) => r.default_status === 1);
    expect(defaults).toHaveLength(1);
  });

  it('answers invalid input with the validation envelope and writes nothing', async () => {
    const before = await addressesOf(2);
    const badId = await h.call('GET', '/member/address/abc', testMember);
    expect(badId.code).toBe(404);
    expect((await h.call('POST', '/member/address/update/x1', testMember, { body: {} })).code).toBe(
      404,
    );
    const badDefault = await h.call('POST', '/member/address/add', testMember, {
      body: { ...newAddress, defaultStatus: 5 },
    });
    expect(badDefault.code).toBe(404);
    expect(badDefault.message).toContain('defaultStatus');
    const tooLong = await h.call('POST', '/member/address/add', testMember, {
      body: { ...newAddress, detailAddress: 'x'.repeat(129) },
    });
    expect(tooLong.code).toBe(404);
    expect(tooLong.message).toContain('detailAddress');
    expect(await addressesOf(2)).toEqual(before);
  });

  it('answers 401 without a member, or for a member that no longer exists', async () => {
    expect((await h.call('GET', '/member/address/list', null)).code).toBe(401);
    const ghost = await h.call('POST', '/member/address/add', unknownMember, { body: newAddress });
    expect(ghost.code).toBe(401);
    expect(await addressesOf(unknownMember.id)).toEqual([]);
  });
});
