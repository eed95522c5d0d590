import {
  PRODUCT_CHANGED_MAX_IDS,
  catalogEventsTopology,
  isProductChangedEvent,
  productChangedEvents,
} from './catalog-events';

describe('catalog events', () => {
  it('declares one durable topic exchange named mall.product', () => {
    expect(catalogEventsTopology()).toEqual({
      exchanges: [{ name: 'mall.product', type: 'topic', durable: true }],
    });
  });

  it('splits ids into distinct chunks of at most PRODUCT_CHANGED_MAX_IDS', () => {
    const ids = Array.from({ length: PRODUCT_CHANGED_MAX_IDS + 3 }, (_, i) => i + 1);
    const events = productChangedEvents([...ids, 1, 2], 'upsert');
    expect(events.map((e) => e.ids.length)).toEqual([PRODUCT_CHANGED_MAX_IDS, 3]);
    expect(events.flatMap((e) => e.ids)).toEqual(ids);
    expect(events.every((e) => e.action === 'upsert')).toBe(true);
    expect(productChangedEvents([], 'delete')).toEqual([]);
  });

  it('recognises well-formed events only', () => {
    expect(isProductChangedEvent({ ids: [1, 2], action: 'upsert' })).toBe(true);
    expect(isProductChangedEvent({ ids: [], action: 'delete' })).toBe(true);
    expect(isProductChangedEvent({ ids: [1], action: 'remove' })).toBe(false);
    expect(isProductChangedEvent({ ids: ['1'], action: 'upsert' })).toBe(false);
    expect(isProductChangedEvent({ ids: [0], action: 'upsert' })).toBe(false);
    expect(isProductChangedEvent(null)).toBe(false);
    expect(isProductChangedEvent('upsert')).toBe(false);
  });
});
