/**
 * The Huawei Cloud ECS SDK as both Huawei conformance tests drive it: the SDK modules, the ids and the
 * credentials their requests carry, a client pointed at a loopback origin, and one sender per operation
 * (the option wrapped in its request body and request, as every caller must), and the loopback server both
 * run their calls against.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect } from 'vitest';
import { startLoopback, type CapturedRequest, type Loopback } from './loopback.ts';

const require = createRequire(import.meta.url);
/** `@huaweicloud/huaweicloud-sdk-ecs`, required: it is CommonJS. */
export const ecs = require('@huaweicloud/huaweicloud-sdk-ecs') as typeof import('@huaweicloud/huaweicloud-sdk-ecs');
/** `@huaweicloud/huaweicloud-sdk-core`, for the credentials. */
export const core = require('@huaweicloud/huaweicloud-sdk-core') as typeof import('@huaweicloud/huaweicloud-sdk-core');

/** The SDK's ECS client. */
export type Client = InstanceType<typeof ecs.EcsClient>;

/** A fake access key id. */
export const AK = 'AKFAKEFAKEFAKEFAKE00';
/** A fake secret key. */
export const SK = 'SKFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE00';
/** A project id (32 hex). */
export const PROJECT = '0123456789abcdef0123456789abcdef';
/** A server id (UUID). */
export const SERVER = 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8';
/** An image id (UUID). */
export const IMAGE = '67f433d8-ed0e-4321-a8a2-a71838539e09';
/** A user id (32 hex). */
export const USERID = '7e25b1da389f4697a79df3a0e5bd494e';
/** A KMS key id (UUID). */
export const CMK = '83cdb52d-9ebf-4469-9cfa-e7b5b80da846';
/** A key pair name. */
export const KEY = 'KeyPair-350b';
/** Passes every password reading in the dossier: 3 classes, specials only from the narrowest set, no admin-name run. */
export const PASSWORD = 'Cloud@2026x!';
/** What the loopback answers: the job the server would start. */
export const JOB = { job_id: '70a599e0-31e7-49b7-b260-868f441e862b' };

/**
 * Creates a client with the fake credentials, sending to `origin`.
 *
 * @param origin The loopback server's origin.
 *
 * @returns The client.
 */
export function clientFor(origin: string): Client {
  const credentials = new core.BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT);
  return ecs.EcsClient.newBuilder().withCredential(credentials).withEndpoint(origin).build();
}

/** Sends a v2 reinstall (with Cloud-Init). */
export const reinstallV2 = (client: Client, serverId: string, option: InstanceType<typeof ecs.ReinstallServerWithCloudInitOption>): Promise<unknown> =>
  client.reinstallServerWithCloudInit(new ecs.ReinstallServerWithCloudInitRequest(serverId).withBody(new ecs.ReinstallServerWithCloudInitRequestBody(option)));

/** Sends a v2 change OS (with Cloud-Init). */
export const changeV2 = (client: Client, serverId: string, option: InstanceType<typeof ecs.ChangeServerOsWithCloudInitOption>): Promise<unknown> =>
  client.changeServerOsWithCloudInit(new ecs.ChangeServerOsWithCloudInitRequest(serverId).withBody(new ecs.ChangeServerOsWithCloudInitRequestBody(option)));

/** Sends a v1 reinstall (without Cloud-Init). */
export const reinstallV1 = (client: Client, serverId: string, option: InstanceType<typeof ecs.ReinstallServerWithoutCloudInitOption>): Promise<unknown> =>
  client.reinstallServerWithoutCloudInit(new ecs.ReinstallServerWithoutCloudInitRequest(serverId).withBody(new ecs.ReinstallServerWithoutCloudInitRequestBody(option)));

/** Sends a v1 change OS (without Cloud-Init). */
export const changeV1 = (client: Client, serverId: string, option: InstanceType<typeof ecs.ChangeServerOsWithoutCloudInitOption>): Promise<unknown> =>
  client.changeServerOsWithoutCloudInit(new ecs.ChangeServerOsWithoutCloudInitRequest(serverId).withBody(new ecs.ChangeServerOsWithoutCloudInitRequestBody(option)));

/** A loopback server that answers every request with {@link JOB}, and a client sending to it. */
export interface HuaweiLoopback {
  /** The server (started before the file's tests, closed after). */
  readonly server: Loopback;
  /** The client pointed at it. */
  readonly client: Client;
  /**
   * Runs one SDK call and returns the single request it sent: the call must resolve to the job and send exactly one.
   *
   * @param call The SDK call.
   *
   * @returns The request the server received.
   */
  readonly capture: (call: (client: Client) => Promise<unknown>) => Promise<CapturedRequest>;
}

/**
 * Creates the loopback server and client of a test file: the server starts in `beforeAll` and closes in `afterAll`.
 *
 * @returns The server, client and capture of the file's tests (read inside the tests, once `beforeAll` has run).
 */
export function useHuaweiLoopback(): HuaweiLoopback {
  let server: Loopback | undefined;
  let client: Client | undefined;
  beforeAll(async () => {
    server = await startLoopback(() => ({ status: 200, body: JOB }));
    client = clientFor(server.origin);
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = (): { server: Loopback; client: Client } => {
    if (server === undefined || client === undefined) throw new Error('the Huawei loopback is read before its beforeAll ran');
    return { server, client };
  };
  return {
    get server() {
      return started().server;
    },
    get client() {
      return started().client;
    },
    async capture(call) {
      const { server: loopback, client: sender } = started();
      const before = loopback.captured.length;
      const response = (await call(sender)) as { job_id?: string; httpStatusCode?: number };
      expect(response).toMatchObject({ ...JOB, httpStatusCode: 200 });
      expect(loopback.captured.length).toBe(before + 1);
      return loopback.captured[before] as CapturedRequest;
    },
  };
}
