import type { HuaweiServerInput } from '../facts/types.ts';

/**
 * The `@huaweicloud/huaweicloud-sdk-ecs` `EcsClient` methods the guard uses, structurally: any client with
 * them fits, so the guard imports no SDK. Each takes the SDK's request object (a model instance, or a plain
 * object with the same wire-named members); the SDK's typings declare those members `private`, so the
 * parameters are typed `never` here and each client keeps its own.
 */
export interface HuaweiEcsClient {
  /** Reinstalls the OS, image with Cloud-Init (`POST /v2/{project_id}/cloudservers/{server_id}/reinstallos`). */
  reinstallServerWithCloudInit(request?: never): Promise<unknown>;
  /** Changes the OS, image with Cloud-Init (`POST /v2/{project_id}/cloudservers/{server_id}/changeos`). */
  changeServerOsWithCloudInit(request?: never): Promise<unknown>;
  /** Reinstalls the OS, image without Cloud-Init (`POST /v1/.../reinstallos`). */
  reinstallServerWithoutCloudInit(request?: never): Promise<unknown>;
  /** Changes the OS, image without Cloud-Init (`POST /v1/.../changeos`). */
  changeServerOsWithoutCloudInit(request?: never): Promise<unknown>;
  /** Describes one server (`GET /v1/{project_id}/cloudservers/{server_id}`). */
  showServer(request?: never): Promise<{
    /** The server. */
    readonly server?: HuaweiServerInput;
  }>;
}

/** The guarded methods: the four reinstall and change-OS calls. */
export type HuaweiGuardedMethod = 'reinstallServerWithCloudInit' | 'changeServerOsWithCloudInit' | 'reinstallServerWithoutCloudInit' | 'changeServerOsWithoutCloudInit';

/** The request a client's guarded methods take (what a `facts` function is given). */
export type HuaweiOsRequest<C extends HuaweiEcsClient> = Parameters<C[HuaweiGuardedMethod]>[0];

/**
 * What the guard reads off the client's credential (the SDK's `BasicCredentials`): the project id it puts in
 * the path, or the lookup that finds it through IAM for the client's region when it has none.
 */
export interface HuaweiCredential {
  /** The project id. */
  readonly projectId?: string;
  /** Resolves the project id through IAM (the SDK calls it before every request). */
  processAuthParams?(hcClient: unknown, region?: string): Promise<unknown>;
}
