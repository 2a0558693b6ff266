import type { TencentImage, TencentInstance } from '../facts/types.ts';

/**
 * The `tencentcloud-sdk-nodejs-cvm` v20170312 `Client` methods the guard uses, structurally: any client
 * with them fits, so the guard imports no SDK.
 */
export interface TencentCvmClient {
  /** Resets (reinstalls) an instance. */
  ResetInstance(request: never, cb?: never): Promise<unknown>;
  /** Describes instances by id. */
  DescribeInstances(request: { InstanceIds?: string[] }): Promise<{
    /** The instances found. */
    InstanceSet?: TencentInstance[];
  }>;
  /** Describes images by id. */
  DescribeImages(request: { ImageIds?: string[] }): Promise<{
    /** The images found. */
    ImageSet?: TencentImage[];
  }>;
}

/** The request type of a client's `ResetInstance`. */
export type TencentResetRequest<C extends TencentCvmClient> = Parameters<C['ResetInstance']>[0];
