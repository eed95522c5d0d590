/** What every mall endpoint answers: the outcome is `code`, not the HTTP status. */
export interface Envelope<T = unknown> {
  code: number;
  message: string;
  data?: T;
}

/** What the admin and member logins answer. */
export interface Login {
  token: string;
  tokenHead: string;
  refreshToken: string;
}

export interface GatewayRequest {
  /** Sent as `authorization: Bearer <token>`; an empty one sends no header. */
  token?: string;
  query?: Record<string, string | number>;
  json?: unknown;
  form?: Record<string, string>;
}

/** Calls through the built gateway, as the shop and the back office do. */
export class GatewayClient {
  constructor(private readonly baseUrl: string) {}

  async request<T>(
    method: 'GET' | 'POST',
    path: string,
    options: GatewayRequest = {},
  ): Promise<{ status: number; body: Envelope<T> }> {
    const url = new URL(this.baseUrl + path);
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = options.token
      ? { authorization: `Bearer ${options.token}` }
      : {};
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const res = await fetch(url, { method, headers, body });
    return { status: res.status, body: (await res.json()) as Envelope<T> };
  }

  async call<T>(
    method: 'GET' | 'POST',
    path: string,
    options: GatewayRequest = {},
  ): Promise<Envelope<T>> {
    return (await this.request<T>(method, path, options)).body;
  }

  /** Logs in an administrator of the seed data (all share the password `macro123`). */
  async loginAdmin(username: string): Promise<Login> {
    return expectLogin(
      await this.call<Login>('POST', '/mall-admin/admin/login', {
        json: { username, password: 'macro123' },
      }),
    );
  }

  /** Logs in the seeded member, with the form the shop sends. */
  async loginMember(): Promise<Login> {
    return expectLogin(
      await this.call<Login>('POST', '/mall-member/sso/login', {
        form: { username: 'member', password: 'member123' },
      }),
    );
  }
}

function expectLogin(answer: Envelope<Login>): Login {
  expect(answer).toMatchObject({ code: 200, data: { tokenHead: 'Bearer ' } });
  return answer.data as Login;
}
