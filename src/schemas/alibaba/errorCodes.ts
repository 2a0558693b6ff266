import type { ErrorCodeEntry } from '../../engine/spec/errorCode.ts';

const doc = (status: number, code: string, description: string): ErrorCodeEntry => ({ code, status, description, source: 'seed' });

/**
 * Alibaba Cloud ECS `ReplaceSystemDisk` error codes: the error table of the API page (2021 revision, the
 * same rows in English and Chinese), each with its HTTP status; a code the table repeats with another
 * message is listed once (docs/vendors/alibaba.md#error-codes). Errors carry `Code` and `Message` in the body.
 */
export const ALIBABA_ERROR_CODES: readonly ErrorCodeEntry[] = [
  doc(400, 'InvalidSystemDiskSize.ValueNotSupported', 'The specified SystemDisk.Size is not supported.'),
  doc(400, 'InvalidParameter.Conflict', 'The specified image and instance type (or parameters) conflict.'),
  doc(400, 'InvalidSystemDiskSize.ImageNotSupportResize', 'The image does not support a system disk resize.'),
  doc(400, 'InvalidSystemDiskSize', 'SystemDisk.Size is invalid.'),
  doc(400, 'InvalidPassword.Malformed', 'The specified password is malformed.'),
  doc(400, 'InvalidPasswordParam.Mismatch', 'The password must be empty when PasswordInherit is true.'),
  doc(400, 'OperationDenied', 'The image has data-disk snapshots, or the operation is not allowed.'),
  doc(400, 'InvalidDiskCategory.ValueNotSupported', 'The system disk category cannot change.'),
  doc(400, 'InvalidKeyPairName.NotFound', 'The key pair does not exist.'),
  doc(400, 'DependencyViolation.IoOptimize', 'The image needs an I/O optimized instance.'),
  doc(400, 'MissingParameter.Architecture', 'Architecture is required with DiskId.'),
  doc(400, 'InvalidArchitecture.Malformed', 'Architecture is malformed.'),
  doc(400, 'MissingParameter.Platform', 'Platform is required with DiskId.'),
  doc(400, 'InvalidPlatform.Malformed', 'Platform is malformed.'),
  doc(400, 'InvalidParameter.AllEmpty', 'The parameters are all empty.'),
  doc(400, 'InvalidDiskId.NotFound', 'The disk does not exist.'),
  doc(400, 'InvalidDatadisk.DiskStatusViolation', 'The disk is in a state that does not allow the operation.'),
  doc(400, 'InvalidDatadisk.DiskCategoryViolation', 'The disk category does not allow the operation.'),
  doc(400, 'MissingParameter', 'A required parameter (ImageId) is missing.'),
  doc(400, 'InvalidInstance.NotFoundSystemDisk', 'The instance has no system disk.'),
  doc(403, 'InvalidSystemDiskStatus.IsTransfering', 'The system disk is being transferred.'),
  doc(403, 'IncorrectDiskStatus', 'The disk is in a state that does not allow the operation.'),
  doc(403, 'IncorrectInstanceStatus', 'The instance is not Stopped.'),
  doc(403, 'InstanceLockedForSecurity', 'The instance is locked for security reasons.'),
  doc(403, 'ImageNotSubscribed', 'The marketplace image is not subscribed.'),
  doc(403, 'ImageRemovedInMarket', 'The marketplace image has been removed.'),
  doc(403, 'InstanceExpiredOrInArrears', 'The instance has expired or its account is in arrears.'),
  doc(403, 'ChargeTypeViolation', 'The billing method does not allow the operation.'),
  doc(403, 'DiskCreatingSnapshot', 'A snapshot of the disk is being created.'),
  doc(403, 'IoOptimized.NotSupported', 'The image does not support I/O optimized instances.'),
  doc(403, 'ImageNotSupportInstanceType', 'The image does not support the instance type.'),
  doc(403, 'QuotaExceed.BuyImage', 'The marketplace image has not been bought or its quota is used up.'),
  doc(403, 'INST_HAS_UNPAID_ORDER', 'The instance has an unpaid order.'),
  doc(403, 'OperationDenied.InstanceCreating', 'The instance is being created.'),
  doc(403, 'InvalidParameter.NotMatch', 'The parameters do not match.'),
  doc(403, 'ResourcesNotInSameZone', 'The instance and the disk are not in the same zone.'),
  doc(403, 'OperationDenied.UnpaidOrder', 'The instance has an unpaid order.'),
  doc(403, 'OperationDenied.ImageNotValid', 'The image is not valid for the operation.'),
  doc(404, 'InvalidInstanceId.NotFound', 'The instance does not exist.'),
  doc(404, 'InvalidImageId.NotFound', 'The image does not exist.'),
  doc(404, 'InvalidSystemDiskSize.MoreThanMaxSize', 'SystemDisk.Size is above the maximum.'),
  doc(404, 'InvalidSystemDiskSize.LessThanImageSize', 'SystemDisk.Size is below the image size.'),
  doc(404, 'InvalidSystemDiskSize.LessThanMinSize', 'SystemDisk.Size is below the minimum.'),
  doc(404, 'NoSuchResource', 'The resource does not exist.'),
  doc(500, 'InternalError', 'Internal error.'),
];
