import type {
  BrandAttentionRecord,
  MemberActivityStore,
  NewRecord,
  ProductActivityRecord,
} from '../src/member/activity/member-activity.store';

/**
 * What every MemberActivityStore adapter must do, as one suite: `describeMemberActivityStore`
 * registers it for an adapter (MySQL always, MongoDB when a server is configured).
 * `open` gives a store over empty storage; `close` releases it.
 */
export function describeMemberActivityStore(
  adapter: string,
  open: () => Promise<MemberActivityStore>,
  close: (store: MemberActivityStore) => Promise<void>,
): void {
  describe(`MemberActivityStore (${adapter})`, () => {
    let store: MemberActivityStore;

    beforeAll(async () => {
      store = await open();
    }, 60_000);

    afterAll(async () => {
      if (store) await close(store);
    });

    // Whole seconds: the MySQL adapter keeps DATETIME precision.
    const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second));
    const member = (memberId: number) => ({
      memberId,
      memberNickname: `会员${memberId}`,
      memberIcon: `https://img.example/${memberId}.png`,
    });
    const product = (
      memberId: number,
      productId: number,
      second: number,
    ): NewRecord<ProductActivityRecord> => ({
      ...member(memberId),
      productId,
      productName: `商品${productId}`,
      productPic: `https://img.example/p${productId}.png`,
      productSubTitle: null,
      productPrice: '3788.00',
      createTime: at(second),
    });
    const brand = (
      memberId: number,
      brandId: number,
      second: number,
    ): NewRecord<BrandAttentionRecord> => ({
      ...member(memberId),
      brandId,
      brandName: `品牌${brandId}`,
      brandLogo: null,
      brandCity: '深圳',
      createTime: at(second),
    });

    describe('read history', () => {
      it('adds a record per view and pages them newest first with the member total', async () => {
        const added = await store.readHistory.add(product(11, 26, 1));
        expect(added).toEqual({ id: expect.any(String), ...product(11, 26, 1) });
        await store.readHistory.add(product(11, 27, 3));
        await store.readHistory.add(product(11, 26, 2)); // same product again: a new record
        await store.readHistory.add(product(12, 26, 4)); // another member

        const first = await store.readHistory.page(11, { skip: 0, take: 2 });
        expect(first.total).toBe(3);
        expect(first.list.map((r) => [r.productId, r.createTime?.getTime()])).toEqual([
          [27, at(3).getTime()],
          [26, at(2).getTime()],
        ]);
        const second = await store.readHistory.page(11, { skip: 2, take: 2 });
        expect(second.list.map((r) => r.id)).toEqual([added.id]);
        expect((await store.readHistory.page(11, { skip: 4, take: 2 })).list).toEqual([]);
        expect(new Set([...first.list, ...second.list].map((r) => r.id)).size).toBe(3);
      });

      it('deletes only the member’s own records by id, ignoring unknown ids', async () => {
        const own = (await store.readHistory.page(11, { skip: 0, take: 10 })).list;
        const foreign = (await store.readHistory.page(12, { skip: 0, take: 10 })).list;
        const deleted = await store.readHistory.deleteByIds(11, [
          own[0].id,
          foreign[0].id,
          'not-an-id',
          '0123456789abcdef01234567',
          '999999999',
        ]);
        expect(deleted).toBe(1);
        expect((await store.readHistory.page(11, { skip: 0, take: 10 })).total).toBe(2);
        expect((await store.readHistory.page(12, { skip: 0, take: 10 })).total).toBe(1);
        expect(await store.readHistory.deleteByIds(11, [])).toBe(0);
      });

      it('clears only the member’s records', async () => {
        expect(await store.readHistory.clear(11)).toBe(2);
        expect((await store.readHistory.page(11, { skip: 0, take: 10 })).total).toBe(0);
        expect((await store.readHistory.page(12, { skip: 0, take: 10 })).total).toBe(1);
      });
    });

    describe('product collection', () => {
      it('keeps one record per member and product', async () => {
        const added = await store.productCollection.addIfAbsent(product(21, 26, 1));
        expect(added).toEqual({ id: expect.any(String), ...product(21, 26, 1) });
        expect(await store.productCollection.addIfAbsent(product(21, 26, 5))).toBeNull();
        expect(await store.productCollection.find(21, 26)).toEqual(added);
        // Another member may collect the same product.
        expect(await store.productCollection.addIfAbsent(product(22, 26, 2))).not.toBeNull();
        expect(await store.productCollection.find(21, 99)).toBeNull();
      });

      it('lets exactly one of concurrent adds of the same product win', async () => {
        const results = await Promise.all(
          [1, 2, 3, 4, 5].map((second) =>
            store.productCollection.addIfAbsent(product(23, 30, second)),
          ),
        );
        expect(results.filter((r) => r !== null)).toHaveLength(1);
        expect((await store.productCollection.page(23, { skip: 0, take: 10 })).total).toBe(1);
      });

      it('pages newest first and removes by member and product', async () => {
        await store.productCollection.addIfAbsent(product(21, 27, 3));
        await store.productCollection.addIfAbsent(product(21, 28, 2));
        const page = await store.productCollection.page(21, { skip: 0, take: 2 });
        expect(page.total).toBe(3);
        expect(page.list.map((r) => r.productId)).toEqual([27, 28]);

        expect(await store.productCollection.remove(21, 27)).toBe(1);
        expect(await store.productCollection.remove(21, 27)).toBe(0);
        expect(await store.productCollection.remove(22, 28)).toBe(0);
        expect((await store.productCollection.page(21, { skip: 0, take: 10 })).total).toBe(2);
      });

      it('clears only the member’s collection', async () => {
        expect(await store.productCollection.clear(21)).toBe(2);
        expect(await store.productCollection.find(21, 26)).toBeNull();
        expect(await store.productCollection.find(22, 26)).not.toBeNull();
      });
    });

    describe('brand attention', () => {
      it('keeps one record per member and brand, newest first', async () => {
        const added = await store.brandAttention.addIfAbsent(brand(31, 1, 1));
        expect(added).toEqual({ id: expect.any(String), ...brand(31, 1, 1) });
        expect(await store.brandAttention.addIfAbsent(brand(31, 1, 9))).toBeNull();
        await store.brandAttention.addIfAbsent(brand(31, 2, 2));
        await store.brandAttention.addIfAbsent(brand(32, 1, 3));
        expect(await store.brandAttention.find(31, 1)).toEqual(added);
        const page = await store.brandAttention.page(31, { skip: 0, take: 5 });
        expect(page.total).toBe(2);
        expect(page.list.map((r) => r.brandId)).toEqual([2, 1]);
      });

      it('removes and clears only the member’s records', async () => {
        expect(await store.brandAttention.remove(31, 2)).toBe(1);
        expect(await store.brandAttention.remove(31, 2)).toBe(0);
        expect(await store.brandAttention.clear(31)).toBe(1);
        expect(await store.brandAttention.find(31, 1)).toBeNull();
        expect(await store.brandAttention.find(32, 1)).not.toBeNull();
      });
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
