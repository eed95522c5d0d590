/**
 * Tables of the embedded index. They hold derived data only (a re-import rebuilds them), belong
 * to mall-search like the Elasticsearch index does, and are created by it at start — not by the
 * `mall` schema migrations, which describe the original database.
 */
export const DOCUMENT_TABLE = 'search_pms_product';
export const ATTRIBUTE_TABLE = 'search_pms_product_attr';
export const TERM_TABLE = 'search_pms_term';

/**
 * Stored as the tables' comment. A different layout found at start is dropped and rebuilt (then
 * imported again), so changing the DDL below means changing this string.
 */
export const INDEX_LAYOUT = 'mall-search embedded index pms, layout 2';

/**
 * One row per document, in the answer's fields. Keyword fields are binary-collated, as ES
 * keywords compare exactly. The indexes serve the searches without a keyword: brand/category
 * filters, and the sorts (`price_missing` puts documents without a price last, as ES does).
 */
export const CREATE_DOCUMENT_TABLE = `CREATE TABLE IF NOT EXISTS \`${DOCUMENT_TABLE}\` (
  \`id\` bigint NOT NULL,
  \`product_sn\` varchar(64) COLLATE utf8mb4_bin DEFAULT NULL,
  \`brand_id\` bigint DEFAULT NULL,
  \`brand_name\` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  \`product_category_id\` bigint DEFAULT NULL,
  \`product_category_name\` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  \`pic\` varchar(255) DEFAULT NULL,
  \`name\` varchar(255) DEFAULT NULL,
  \`sub_title\` varchar(255) DEFAULT NULL,
  \`keywords\` varchar(255) DEFAULT NULL,
  \`price\` decimal(10,2) DEFAULT NULL,
  \`price_missing\` tinyint NOT NULL DEFAULT 0,
  \`sale\` int DEFAULT NULL,
  \`new_status\` int DEFAULT NULL,
  \`recommand_status\` int DEFAULT NULL,
  \`stock\` int DEFAULT NULL,
  \`promotion_type\` int DEFAULT NULL,
  \`sort\` int DEFAULT NULL,
  \`attr_value_list\` text NOT NULL,
  PRIMARY KEY (\`id\`),
  KEY \`idx_brand_id_product_category_id\` (\`brand_id\`, \`product_category_id\`),
  KEY \`idx_product_category_id_brand_id\` (\`product_category_id\`, \`brand_id\`),
  KEY \`idx_sale_id\` (\`sale\`, \`id\`),
  KEY \`idx_price_id\` (\`price\`, \`id\`),
  KEY \`idx_price_missing_price_id\` (\`price_missing\`, \`price\`, \`id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='${INDEX_LAYOUT}'`;

/** The nested `attrValueList` entries, one row each, for the related-info aggregations. */
export const CREATE_ATTRIBUTE_TABLE = `CREATE TABLE IF NOT EXISTS \`${ATTRIBUTE_TABLE}\` (
  \`product_id\` bigint NOT NULL,
  \`id\` bigint NOT NULL,
  \`product_attribute_id\` bigint DEFAULT NULL,
  \`value\` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  \`type\` int DEFAULT NULL,
  \`name\` varchar(255) COLLATE utf8mb4_bin DEFAULT NULL,
  PRIMARY KEY (\`product_id\`, \`id\`),
  KEY \`idx_type_product_attribute_id\` (\`type\`, \`product_attribute_id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='${INDEX_LAYOUT}'`;

/**
 * The inverted index: one posting per (token key, document) with the fields the token occurs in
 * (bit 1 name, 2 subTitle, 4 keywords). The filter and sort columns are copied from the document
 * so a keyword search reads postings only — clustered by token, in document order — and fetches
 * just the documents of the page. `idx_product_id` finds a document's postings to replace them.
 */
export const CREATE_TERM_TABLE = `CREATE TABLE IF NOT EXISTS \`${TERM_TABLE}\` (
  \`term\` bigint NOT NULL,
  \`product_id\` bigint NOT NULL,
  \`fields\` tinyint NOT NULL,
  \`brand_id\` bigint DEFAULT NULL,
  \`product_category_id\` bigint DEFAULT NULL,
  \`sale\` int DEFAULT NULL,
  \`price\` decimal(10,2) DEFAULT NULL,
  \`price_missing\` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (\`term\`, \`product_id\`),
  KEY \`idx_product_id\` (\`product_id\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='${INDEX_LAYOUT}'`;

/** Field bits of a posting. */
export const FIELD_NAME = 1;
export const FIELD_SUB_TITLE = 2;
export const FIELD_KEYWORDS = 4;
