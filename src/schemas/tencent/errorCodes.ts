import type { ErrorCodeEntry } from '../../engine/spec/errorCode.ts';

const seed = (code: string, description: string): ErrorCodeEntry => ({ code, status: 200, description, source: 'seed+sdk' });
const sdk = (code: string, description: string): ErrorCodeEntry => ({ code, status: 200, description, source: 'sdk' });

/**
 * Tencent API 3.0 `ResetInstance` error codes: the API page's 31 codes plus
 * the current SDK's per-API list (docs/vendors/tencent.md#error-codes). Every one is
 * returned with HTTP 200 in `Response.Error.Code`.
 */
export const TENCENT_ERROR_CODES: readonly ErrorCodeEntry[] = [
  seed('InternalServerError', 'Internal error.'),
  seed('InvalidAccount.InsufficientBalance', 'Insufficient account balance.'),
  seed('InvalidImageId.Malformed', 'Invalid image ID format.'),
  seed('InvalidImageId.NotFound', 'The image cannot be found.'),
  seed('InvalidInstance.NotSupported', 'This instance is not supported.'),
  seed('InvalidInstanceId.Malformed', 'Invalid instance ID format, e.g. ins-1122 has an invalid length.'),
  seed('InvalidInstanceId.NotFound', 'No instance found.'),
  seed('InvalidParameter.HostNameIllegal', 'The specified HostName is invalid.'),
  seed('InvalidParameter.InstanceImageNotSupport', 'This API does not support instance images.'),
  seed('InvalidParameterValue', 'Incorrect parameter value.'),
  seed('InvalidParameterValue.IllegalHostName', 'The value of HostName is invalid.'),
  seed('InvalidParameterValue.InvalidImageState', 'Invalid image status.'),
  { code: 'InvalidPassword', status: 200, description: 'The password does not meet the requirements (the API page; the current SDK lists InvalidParameterValue.InvalidPassword).', source: 'seed' },
  seed('MissingParameter', 'A required parameter is missing.'),
  seed('MissingParameter.MonitorService', 'The instance type must have Cloud Monitor enabled.'),
  seed('MutexOperation.TaskRunning', 'An identical job is running.'),
  seed('OperationDenied.InstanceOperationInProgress', 'The instance has an operation in progress.'),
  seed('UnauthorizedOperation.MFAExpired', 'Multi-Factor Authentication (MFA) has expired.'),
  seed('UnauthorizedOperation.MFANotFound', 'Multi-Factor Authentication (MFA) does not exist.'),
  seed('UnsupportedOperation.InstanceChargeType', 'The instance billing mode does not support the operation.'),
  seed('UnsupportedOperation.InstanceStateEnterRescueMode', 'The instance is entering rescue mode.'),
  seed('UnsupportedOperation.InstanceStateExitRescueMode', 'The instance is exiting rescue mode.'),
  seed('UnsupportedOperation.InstanceStatePending', 'The instance is being created.'),
  seed('UnsupportedOperation.InstanceStateRebooting', 'The instance is being restarted.'),
  seed('UnsupportedOperation.InstanceStateRescueMode', 'The instance is in rescue mode.'),
  seed('UnsupportedOperation.InstanceStateServiceLiveMigrate', 'The instance is being migrated.'),
  seed('UnsupportedOperation.InstanceStateShutdown', 'The instance is isolated.'),
  seed('UnsupportedOperation.InstanceStateStopping', 'The instance is being shut down.'),
  seed('UnsupportedOperation.InstanceStateTerminating', 'The instance is being terminated.'),
  seed('UnsupportedOperation.KeyPairUnsupportedWindows', 'Key-pair login is not available to Windows instances.'),
  seed('UnsupportedOperation.StoppedModeStopCharging', 'The instance does not support the no-charges-when-shut-down mode.'),
  sdk('FailedOperation.InvalidInstanceApplicationRoleEmr', 'EMR instances are not supported.'),
  sdk('InternalError.TradeUnknownError', 'Internal error.'),
  sdk('InvalidAccount.UnpaidOrder', 'The account has an unpaid order.'),
  sdk('InvalidInstanceType.Malformed', 'Invalid InstanceType format.'),
  sdk('InvalidKeyPairId.Malformed', 'Invalid key pair ID format, e.g. skey-1122.'),
  sdk('InvalidParameter.ParameterConflict', 'Key login and keep-image login cannot be specified together.'),
  sdk('InvalidParameterValue.InstanceIdMalformed', 'The instance ID must look like ins-xxxxxxxx (x: lowercase letter or digit).'),
  sdk('InvalidParameterValue.InstanceTypeNotFound', 'The instance type does not exist.'),
  sdk('InvalidParameterValue.InvalidAppIdFormat', 'Invalid AppId format.'),
  sdk('InvalidParameterValue.InvalidImageForGivenInstanceType', 'The image is incompatible with the instance type.'),
  sdk('InvalidParameterValue.InvalidImageFormat', 'RAW images cannot be used.'),
  sdk('InvalidParameterValue.InvalidImageId', 'The image cannot be used for this operation.'),
  sdk('InvalidParameterValue.InvalidImageIdForRetsetInstance', 'The image cannot be used to reinstall this instance.'),
  sdk('InvalidParameterValue.InvalidPassword', 'The password does not meet the requirements.'),
  sdk('InvalidParameterValue.InvalidUserDataFormat', 'UserData must be Base64-encoded.'),
  sdk('InvalidParameterValue.KeyPairNotFound', 'The key pair does not exist.'),
  sdk('InvalidParameterValue.LimitExceeded', 'The number of values exceeds the limit.'),
  sdk('InvalidParameterValue.RequiredLocationImage', 'A regional image is required.'),
  sdk('InvalidParameterValue.ZoneNotSupported', 'The zone is not supported.'),
  sdk('OperationDenied.ChcInstallCloudImageWithoutDeployNetwork', 'CHC instances need a deploy network to install a cloud image.'),
  sdk('ResourceInUse', 'The resource is in use.'),
  sdk('ResourceInsufficient.CloudDiskSoldOut', 'Cloud disks are sold out.'),
  sdk('ResourceNotFound.KeyPairNotFound', 'The key pair does not exist.'),
  sdk('ResourcesSoldOut.SpecifiedInstanceType', 'The instance type is sold out.'),
  sdk('UnauthorizedOperation.InvalidToken', 'The token is invalid.'),
  sdk('UnsupportedOperation', 'The operation is not supported.'),
  sdk('UnsupportedOperation.InstanceStateCorrupted', 'The instance is corrupted.'),
  sdk('UnsupportedOperation.InstanceStateEnterServiceLiveMigrate', 'The instance is entering service live migration.'),
  sdk('UnsupportedOperation.InstanceStateExitServiceLiveMigrate', 'The instance is exiting service live migration.'),
  sdk('UnsupportedOperation.InstanceStateFreezing', 'The instance is being frozen.'),
  sdk('UnsupportedOperation.InstanceStateIsolating', 'The instance is being isolated.'),
  sdk('UnsupportedOperation.InstanceStateStarting', 'The instance is starting.'),
  sdk('UnsupportedOperation.InstanceStateTerminated', 'The instance has been terminated.'),
  sdk('UnsupportedOperation.InstanceTypeNotSupportGridLicence', 'The instance type does not support a GRID licence.'),
  sdk('UnsupportedOperation.InvalidImageLicenseTypeForReset', 'The image licence type does not match the instance.'),
  sdk('UnsupportedOperation.ModifyEncryptionNotSupported', 'The system disk encryption cannot be changed.'),
  sdk('UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2', 'A raw local-disk instance cannot be reinstalled with a qcow2 image.'),
  // Common error codes of API 3.0 (its "Common Error Codes" page, which the API page links to): the answers to
  // structural faults that no per-API list repeats.
  { code: 'UnknownParameter', status: 200, description: 'The request has a parameter the API does not define.', source: 'common' },
  { code: 'InvalidParameter', status: 200, description: 'A parameter is malformed, e.g. of the wrong type.', source: 'common' },
];

/** Tencent legacy API 2.0 `ResetInstance` error codes: the legacy page's six (docs/vendors/tencent.md#legacy-api-20). */
export const TENCENT_API2_ERROR_CODES: readonly ErrorCodeEntry[] = [
  { code: 'MissingParameter', description: 'A required parameter is missing.', source: 'seed' },
  { code: 'InvalidInstanceId.NotFound', description: 'The instance ID does not exist.', source: 'seed' },
  { code: 'InvalidInstanceId.Malformed', description: 'The instance ID is malformed, e.g. ins-1122.', source: 'seed' },
  { code: 'InvalidParameterValue', description: 'A parameter value is malformed or unsupported.', source: 'seed' },
  { code: 'InvalidInstance.NotSupported', description: 'The instance does not support the operation.', source: 'seed' },
  { code: 'InternalServerError', description: 'Internal error.', source: 'seed' },
];
