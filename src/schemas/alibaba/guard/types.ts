import type { AlibabaDisk, AlibabaImage, AlibabaInstance } from '../facts/types.ts';

/** The `body` of what `@alicloud/ecs20140526` resolves to: `{ headers, statusCode, body }`. */
export interface AlibabaResponse<T> {
  /** The response body, cast into the SDK's model. */
  readonly body?: T;
}

/**
 * The request the guard passes to a describe method: the SDK's request models carry their fields and a
 * `validate()`, which the client calls first. The guard imports no SDK, so it builds this shape itself.
 */
export type AlibabaDescribeRequest<T> = T & {
  /** What the SDK's models validate (nothing, for these requests); the client calls it before sending. */
  validate(): void;
};

/**
 * The `@alicloud/ecs20140526` `Client` (2014-05-26) members the guard uses, structurally: any client with
 * them fits, so the guard imports no SDK.
 */
export interface AlibabaEcsClient {
  /** The region of the client's config (`Config.regionId`), which every describe call names. */
  readonly _regionId?: string;
  /** Replaces the system disk (reinstalls the OS) of an instance. */
  replaceSystemDisk(request: never): Promise<unknown>;
  /** The same, with the SDK's runtime options. */
  replaceSystemDiskWithOptions(request: never, runtime: never): Promise<unknown>;
  /** Describes instances by id (`instanceIds` is a JSON array). */
  describeInstances(request: AlibabaDescribeRequest<{ regionId?: string | undefined; instanceIds?: string }>): Promise<
    AlibabaResponse<{
      /** The instances found. */
      instances?: {
        /** The instances. */
        instance?: AlibabaInstance[];
      };
    }>
  >;
  /** Describes images by id. */
  describeImages(request: AlibabaDescribeRequest<{ regionId?: string | undefined; imageId?: string }>): Promise<
    AlibabaResponse<{
      /** The images found. */
      images?: {
        /** The images. */
        image?: AlibabaImage[];
      };
    }>
  >;
  /** Describes disks, here an instance's system disk. */
  describeDisks(request: AlibabaDescribeRequest<{ regionId?: string | undefined; instanceId?: string; diskType?: string }>): Promise<
    AlibabaResponse<{
      /** The disks found. */
      disks?: {
        /** The disks. */
        disk?: AlibabaDisk[];
      };
    }>
  >;
}

/** The request type of a client's `replaceSystemDisk`. */
export type AlibabaReplaceRequest<C extends AlibabaEcsClient> = Parameters<C['replaceSystemDisk']>[0];
