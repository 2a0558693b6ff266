import type { JdImage, JdImageConstraint, JdInstance } from '../facts/types.ts';

/** What `jdcloud-sdk-js` resolves to: `{ requestId, result }`. */
export interface JdResponse<T> {
  /** The request id. */
  readonly requestId?: string;
  /** The result. */
  readonly result?: T;
}

/**
 * The `jdcloud-sdk-js` VM client (`jdcloud-sdk-js/src/repo/vm/v1/vm.js`) methods the guard uses, structurally:
 * `method(opts, regionId = this.config.regionId, callback)`. The SDK ships no types; any object with them fits.
 */
export interface JdVmClient {
  /** The client's configuration: its default `regionId`. */
  readonly config?: {
    /** The default region of every call. */
    readonly regionId?: string;
  };
  /** Rebuilds (reinstalls) an instance. */
  rebuildInstance(opts: never, ...tail: never[]): Promise<unknown>;
  /** Describes one instance. */
  describeInstance(opts: { instanceId: string }, regionId?: string): Promise<
    JdResponse<{
      /** The instance. */
      instance?: JdInstance;
    }>
  >;
  /** Describes one image. */
  describeImage(opts: { imageId: string }, regionId?: string): Promise<
    JdResponse<{
      /** The image. */
      image?: JdImage;
    }>
  >;
  /** Describes one image's instance-type constraints. */
  describeImageConstraints(opts: { imageId: string }, regionId?: string): Promise<
    JdResponse<{
      /** The constraint. */
      imageConstraints?: JdImageConstraint;
    }>
  >;
}

/** The options type of a client's `rebuildInstance`. */
export type JdRebuildOptions<C extends JdVmClient> = Parameters<C['rebuildInstance']>[0];
