/**
 * The accounts and roles that `sql/seed/10-ums-access.sql` creates, for documentation, local
 * tooling and tests. Keep this file and the SQL in step: the seed test checks one against the other.
 */

export interface SeededRole {
  readonly id: number;
  readonly name: string;
  /** The JWT authority string the gateway matches against auth:resourceRolesMap: "<id>_<name>". */
  readonly authority: string;
  readonly description: string;
}

/** Role ids follow the original data, so authorities such as "5_超级管理员" keep their meaning. */
export const SEEDED_ROLES = {
  productAdmin: {
    id: 1,
    name: '商品管理员',
    authority: '1_商品管理员',
    description: 'the 商品 menu; product, content, member-level and upload resources',
  },
  orderAdmin: {
    id: 2,
    name: '订单管理员',
    authority: '2_订单管理员',
    description: 'the 订单 menu; order, return and company-address resources',
  },
  superAdmin: {
    id: 5,
    name: '超级管理员',
    authority: '5_超级管理员',
    description: 'every menu, resource and permission',
  },
} as const satisfies Record<string, SeededRole>;

export type SeededAccountKind = 'admin' | 'member';

export interface SeededAccount {
  readonly kind: SeededAccountKind;
  /** ums_admin.id or ums_member.id. */
  readonly id: number;
  readonly username: string;
  /** Plain-text password; the database holds its bcrypt hash. */
  readonly password: string;
  /** false = status 0: the login must be refused. */
  readonly enabled: boolean;
  /** Admins: role authorities ("<roleId>_<roleName>"). Members: empty. */
  readonly roles: readonly string[];
  readonly notes: string;
}

export const SEEDED_ACCOUNTS: readonly SeededAccount[] = [
  {
    kind: 'admin',
    id: 1,
    username: 'admin',
    password: 'macro123',
    enabled: true,
    roles: [SEEDED_ROLES.superAdmin.authority],
    notes: 'super admin: every menu and resource',
  },
  {
    kind: 'admin',
    id: 2,
    username: 'productAdmin',
    password: 'macro123',
    enabled: true,
    roles: [SEEDED_ROLES.productAdmin.authority],
    notes: 'product admin: 商品 menu only',
  },
  {
    kind: 'admin',
    id: 3,
    username: 'orderAdmin',
    password: 'macro123',
    enabled: true,
    roles: [SEEDED_ROLES.orderAdmin.authority],
    notes: 'order admin: 订单 menu only',
  },
  {
    kind: 'admin',
    id: 4,
    username: 'test',
    password: 'macro123',
    enabled: false,
    roles: [SEEDED_ROLES.productAdmin.authority],
    notes: 'disabled account (status 0): login must be refused',
  },
  {
    kind: 'member',
    id: 1,
    username: 'member',
    password: 'member123',
    enabled: true,
    roles: [],
    notes: '黄金会员, 5000 points, receive address id 1',
  },
  {
    kind: 'member',
    id: 2,
    username: 'test',
    password: 'test123',
    enabled: true,
    roles: [],
    notes: '普通会员, 1000 points, receive address id 2',
  },
];

export interface LoadTestMembers {
  readonly count: number;
  /** Member id of user_0001; user_NNNN has id firstId + NNNN - 1 and a receive address of the same id. */
  readonly firstId: number;
  readonly password: string;
  /** user_0001 … user_0100. */
  readonly usernames: readonly string[];
}

/** The members the load-test scenarios log in with (普通会员, 10000 points each). */
export const LOAD_TEST_MEMBERS: LoadTestMembers = {
  count: 100,
  firstId: 1001,
  password: '123456',
  usernames: Array.from({ length: 100 }, (_, i) => `user_${String(i + 1).padStart(4, '0')}`),
};
