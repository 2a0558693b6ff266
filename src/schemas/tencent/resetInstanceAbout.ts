import type { FieldAbout, PayloadAbout, VendorCodes } from '../../engine/spec/types.ts';
import type { VendorError } from '../../errors/issue.ts';

/** Which error table an about object answers from: API 3.0 (HTTP 200, detailed codes) or the legacy 2.0 page (six codes). */
type Generation = 'api3' | 'api2';

function code(generation: Generation, api3: string, api2 = 'InvalidParameterValue'): VendorError {
  return generation === 'api3' ? { code: api3, status: 200 } : { code: api2 };
}

function fields(generation: Generation): Record<string, FieldAbout> {
  const common: Record<string, FieldAbout> = {
    Action: { description: 'Common parameter: ResetInstance.' },
    Version: { description: 'Common parameter: 2017-03-12.' },
    Region: { description: 'Common parameter: the region, e.g. ap-guangzhou.' },
    InstanceId: {
      description: 'Instance id (ins-xxxxxxxx), from DescribeInstances.',
      vendor: { 'identifier/format': code(generation, 'InvalidInstanceId.Malformed', 'InvalidInstanceId.Malformed') },
    },
    ImageId: {
      description: 'Image id (img-xxxxxxxx): public, custom, shared or marketplace image.',
      default: 'the current image',
      vendor: { 'identifier/format': code(generation, 'InvalidImageId.Malformed') },
    },
    SystemDisk: { description: 'System disk; a reset may only grow DiskSize of a cloud system disk.' },
    'SystemDisk.DiskSize': { description: 'System disk size in GiB; expand only.' },
    'SystemDisk.DiskType': { description: 'System disk type; a reset cannot change it.' },
    'SystemDisk.DiskId': { description: 'System disk id: a response field of the shared structure, not taken by write requests.' },
    'SystemDisk.CdcId': { description: 'Dedicated cluster id.' },
    'SystemDisk.DiskName': { description: 'Disk name, at most 128 characters.' },
    'SystemDisk.Encrypt': { description: 'Encryption: RunInstances only; a reset cannot change it.' },
    'SystemDisk.KmsKeyId': { description: 'KMS key id: RunInstances only.' },
    LoginSettings: {
      description: 'Login settings: at most one of Password, KeyIds and KeepImageLogin.',
      default: 'a random password sent through the Message Center',
    },
    'LoginSettings.Password': {
      description: 'Login password. Linux 8-30 characters with 2 of 4 classes; Windows 12-30 with 3 of 4.',
      secret: true,
      vendor: { 'password/*': code(generation, 'InvalidParameterValue.InvalidPassword') },
    },
    'LoginSettings.KeyIds': {
      description: 'Key pair ids (skey-xxxxxxxx). Key login is not available on Windows.',
      vendor: {
        'identifier/format': code(generation, 'InvalidKeyPairId.Malformed'),
        'parameter/count': code(generation, 'InvalidParameterValue.LimitExceeded'),
        'credentials/unsupported': code(generation, 'UnsupportedOperation.KeyPairUnsupportedWindows'),
      },
    },
    'LoginSettings.KeyIds[]': { description: 'Key pair id.' },
    'LoginSettings.KeepImageLogin': {
      description: 'Keep the image’s login settings (custom, shared or imported images only).',
      default: 'FALSE',
      vendor: { 'credentials/conflict': code(generation, 'InvalidParameter.ParameterConflict') },
    },
    EnhancedService: {
      description: 'Enhanced services (Cloud Security, Cloud Monitor, TAT).',
      default: 'Cloud Monitor and Cloud Security enabled',
    },
    'EnhancedService.SecurityService': { description: 'Cloud Security agent.' },
    'EnhancedService.SecurityService.Enabled': { description: 'Enable Cloud Security.' },
    'EnhancedService.MonitorService': { description: 'Cloud Monitor agent.' },
    'EnhancedService.MonitorService.Enabled': { description: 'Enable Cloud Monitor.' },
  };
  if (generation === 'api2') return common;
  return {
    ...common,
    'EnhancedService.AutomationService': { description: 'TencentCloud Automation Tools (TAT) agent.' },
    'EnhancedService.AutomationService.Enabled': { description: 'Enable TAT.' },
    HostName: {
      description: 'Host name. Windows 2-15 characters, no dots, not all digits; other OS 2-60, dotted labels.',
      default: 'unchanged',
      vendor: { 'hostname/*': code(generation, 'InvalidParameter.HostNameIllegal') },
    },
    UserData: {
      description: 'Base64-encoded user data, at most 16384 characters after encoding.',
      // Not `userdata/padding`: the vendor's own UserData example is unpadded, so no source has the server refuse it.
      vendor: { 'userdata/base64': code(generation, 'InvalidParameterValue.InvalidUserDataFormat') },
    },
  };
}

function vendorDefaults(generation: Generation): VendorCodes {
  return {
    'parameter/required': code(generation, 'MissingParameter', 'MissingParameter'),
    'parameter/unknown': code(generation, 'UnknownParameter'),
    'parameter/type': code(generation, 'InvalidParameter'),
    '*': code(generation, 'InvalidParameterValue'),
  };
}

/**
 * What docs, JSON Schema and vendor-code lookup know of Tencent CVM
 * `ResetInstance`, API 3.0 (`RESET_INSTANCE`): each parameter's description,
 * default and secrecy, and the error codes the server answers with (HTTP 200,
 * detailed codes). Kept apart from the spec so form bundles never carry it.
 */
export const RESET_INSTANCE_ABOUT: PayloadAbout = {
  fields: fields('api3'),
  vendor: vendorDefaults('api3'),
};

/**
 * What docs, JSON Schema and vendor-code lookup know of Tencent CVM
 * `ResetInstance` through the legacy API 2.0 (`RESET_INSTANCE_API2`). Its
 * error table has six codes and no documented HTTP status.
 */
export const RESET_INSTANCE_API2_ABOUT: PayloadAbout = {
  fields: fields('api2'),
  vendor: vendorDefaults('api2'),
};
