/**
 * Storage of a member's read history, product collections and brand attention (spec §E). Two
 * adapters implement it: MongoDB (the original's store, used when MONGODB_URL is set) and MySQL
 * (the embedded default). Both give the same results; see ADR 0007.
 */

/** Injection token of the MemberActivityStore in use. */
export const MEMBER_ACTIVITY_STORE = Symbol('MEMBER_ACTIVITY_STORE');

/** The member fields copied onto every record. */
export interface ActivityMember {
  memberId: number;
  memberNickname: string | null;
  memberIcon: string | null;
}

/** The product fields of a read-history or collection record, copied when it is written. */
export interface ActivityProduct {
  productId: number;
  productName: string | null;
  productPic: string | null;
  productSubTitle: string | null;
  /** Decimal text, e.g. `3788.00` (a string in the original documents). */
  productPrice: string | null;
}

/** MemberReadHistory / MemberProductCollection as answered to clients. */
export interface ProductActivityRecord extends ActivityMember, ActivityProduct {
  /** Store-generated id as a string (a MongoDB ObjectId, or the MySQL row id). */
  id: string;
  createTime: Date | null;
}

/** MemberBrandAttention as answered to clients. */
export interface BrandAttentionRecord extends ActivityMember {
  id: string;
  brandId: number;
  brandName: string | null;
  brandLogo: string | null;
  brandCity: string | null;
  createTime: Date | null;
}

/** A record before the store has given it an id. */
export type NewRecord<T extends { id: string }> = Omit<T, 'id' | 'createTime'> & {
  createTime: Date;
};

export interface ActivityPage<T> {
  list: T[];
  /** Records of the member in all pages. */
  total: number;
}

/** Paging as offset and size (computed from the 1-based pageNum of the request). */
export interface ActivityPageRequest {
  skip: number;
  take: number;
}

/** Every view is a new record (no de-duplication, no cap: spec §E). */
export interface ReadHistoryStore {
  add(record: NewRecord<ProductActivityRecord>): Promise<ProductActivityRecord>;
  /** The member's records, newest first. */
  page(memberId: number, page: ActivityPageRequest): Promise<ActivityPage<ProductActivityRecord>>;
  /** Deletes those of the ids that are the member's records; unknown ids are ignored. */
  deleteByIds(memberId: number, ids: readonly string[]): Promise<number>;
  clear(memberId: number): Promise<number>;
}

/** One record per member and subject (product or brand). */
export interface SubjectActivityStore<T extends { id: string }> {
  /** Adds the record unless the member already has one for the subject; null then. */
  addIfAbsent(record: NewRecord<T>): Promise<T | null>;
  find(memberId: number, subjectId: number): Promise<T | null>;
  /** The member's records, newest first. */
  page(memberId: number, page: ActivityPageRequest): Promise<ActivityPage<T>>;
  remove(memberId: number, subjectId: number): Promise<number>;
  clear(memberId: number): Promise<number>;
}

export interface MemberActivityStore {
  readonly kind: 'mysql' | 'mongodb';
  readonly readHistory: ReadHistoryStore;
  readonly productCollection: SubjectActivityStore<ProductActivityRecord>;
  readonly brandAttention: SubjectActivityStore<BrandAttentionRecord>;
  /** Checks the backing store answers (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
