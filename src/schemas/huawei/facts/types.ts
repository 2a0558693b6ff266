/**
 * The parts of Huawei Cloud describe responses the adapters read, under their wire names.
 *
 * - The server: ECS `ShowServer` (`GET /v1/{project_id}/cloudservers/{server_id}`,
 *   https://support.huaweicloud.com/intl/en-us/api-ecs/ecs_02_0104.html), `server`, as
 *   `@huaweicloud/huaweicloud-sdk-ecs` 3.1.172 resolves it: the JSON body as parsed (`HcClient.extractResponse`),
 *   typed as `ServerDetail` (`v2/model/ServerDetail.d.ts`). The member docs are the Go SDK's
 *   (`huaweicloud/huaweicloud-sdk-go-v3`, `services/ecs/v2/model/model_server_detail.go`,
 *   `model_server_extend_volume_attachment.go`).
 * - The image: IMS `ListImages` (`GET /v2/cloudimages`, an element of `images`) or `GlanceShowImage`
 *   (`GET /v2/images/{image_id}`), whose attributes are the IMS "Image Attributes" page
 *   (https://support.huaweicloud.com/intl/en-us/api-ims/ims_03_0901.html) and the Node SDK's
 *   `services/ims/v2/model/ImageInfo.ts` (`@huaweicloud/huaweicloud-sdk-ims`, not a dependency here).
 *
 * The SDK models declare the wire-named members (`os-extended-volumes:volumes_attached`, `__os_type`, ...) as
 * `private`, so an SDK-typed object is not assignable to an interface that names them: each adapter takes
 * either the wire shape or the model's public part (`HuaweiServerInput`, `HuaweiImageInput`) and reads the
 * wire names at run time, where the SDK objects carry them.
 */

/** A disk attached to the server (`ServerExtendVolumeAttachment`). */
export interface HuaweiVolumeAttachment {
  /** The disk id. */
  readonly id?: string | null;
  /** The boot flag: `"0"` the boot (system) disk, `"-1"` (or another value) a data disk. */
  readonly bootIndex?: string | null;
  /** The mount point, e.g. `/dev/vda`. */
  readonly device?: string | null;
}

/** The public members of the SDK's `ServerDetail` the adapter reads. */
export interface HuaweiServerPublic {
  /** The status: `ACTIVE`, `SHUTOFF`, `BUILD`, `REBOOT`, `HARD_REBOOT`, `REBUILD`, `MIGRATING`, `RESIZE`, `VERIFY_RESIZE`, `REVERT_RESIZE`, `ERROR`, `DELETED`, `SHELVED`, `SHELVED_OFFLOADED`, `UNKNOWN`. */
  readonly status?: string | null;
  /** The image the server runs: its `id`. */
  readonly image?: {
    /** The image id. */
    readonly id?: string | null;
  } | null;
  /** The flavor: its `id`, e.g. `s6.small.1`. */
  readonly flavor?: {
    /** The flavor id. */
    readonly id?: string | null;
  } | null;
  /** The server metadata: `os_type` is `Linux` or `Windows`. */
  readonly metadata?: Readonly<Record<string, string | null | undefined>> | null;
}

/** A Huawei ECS `ShowServer` `server` under its wire names (the members the adapter reads). */
export interface HuaweiServer extends HuaweiServerPublic {
  /** The attached disks; the system disk has `bootIndex` `"0"`. */
  readonly 'os-extended-volumes:volumes_attached'?: readonly HuaweiVolumeAttachment[] | null;
}

/** What `huaweiServerFacts` takes: the wire shape, or an SDK `ServerDetail` (whose wire-named members are private). */
export type HuaweiServerInput = HuaweiServer | HuaweiServerPublic;

/** The public members of the SDK's `ImageInfo` the adapter reads. */
export interface HuaweiImagePublic {
  /** The image id. */
  readonly id?: string | null;
  /** The status: `queued`, `saving`, `deleted`, `killed` or `active` (only an `active` image can be used). */
  readonly status?: string | null;
}

/** A Huawei IMS image under its wire names (the members the adapter reads). */
export interface HuaweiImage extends HuaweiImagePublic {
  /** The OS type: `Linux`, `Windows` or `Other`. */
  readonly __os_type?: string | null;
  /** The platform: `Windows`, `Ubuntu`, `RedHat`, `SUSE`, `CentOS`, `Debian`, `OpenSUSE`, `Oracle Linux`, `Fedora`, `Other`, `CoreOS`, `EulerOS`. */
  readonly __platform?: string | null;
  /** The image type: `gold` (public), `private` or `shared`. */
  readonly __imagetype?: string | null;
  /** The minimum disk space (GB) the image needs. */
  readonly min_disk?: number | null;
  /** The id of the KMS key that encrypts the image; absent for an unencrypted image. */
  readonly __system__cmkid?: string | null;
}

/** What `huaweiImageFacts` takes: the wire shape, or an SDK `ImageInfo` (whose wire-named members are private). */
export type HuaweiImageInput = HuaweiImage | HuaweiImagePublic;
