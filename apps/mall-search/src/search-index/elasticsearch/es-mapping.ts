import type { estypes } from '@elastic/elasticsearch';

/**
 * Settings and mapping of the `pms` index: the original's explicit fields (keyword names, analysed
 * texts, nested attribute values) plus, stated explicitly, the types ES used to infer dynamically
 * for the others. `analyzer` is `ik_max_word` in production (IK plugin).
 */
export function pmsIndexDefinition(analyzer: string): {
  settings: estypes.IndicesIndexSettings;
  mappings: estypes.MappingTypeMapping;
} {
  const analysedText: estypes.MappingProperty = { type: 'text', analyzer };
  return {
    settings: { number_of_shards: 1, number_of_replicas: 0 },
    mappings: {
      properties: {
        id: { type: 'long' },
        productSn: { type: 'keyword' },
        brandId: { type: 'long' },
        brandName: { type: 'keyword' },
        productCategoryId: { type: 'long' },
        productCategoryName: { type: 'keyword' },
        pic: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 256 } } },
        name: analysedText,
        subTitle: analysedText,
        keywords: analysedText,
        price: { type: 'float' },
        sale: { type: 'long' },
        newStatus: { type: 'long' },
        recommandStatus: { type: 'long' },
        stock: { type: 'long' },
        promotionType: { type: 'long' },
        sort: { type: 'long' },
        attrValueList: {
          type: 'nested',
          properties: {
            id: { type: 'long' },
            productAttributeId: { type: 'long' },
            value: { type: 'keyword' },
            type: { type: 'long' },
            name: { type: 'keyword' },
          },
        },
      },
    },
  };
}
