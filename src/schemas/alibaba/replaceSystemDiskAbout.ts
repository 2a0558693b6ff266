import type { PayloadAbout } from '../../engine/spec/types.ts';

/**
 * What docs, JSON Schema and vendor-code lookup know of Alibaba Cloud ECS `ReplaceSystemDisk`
 * (`REPLACE_SYSTEM_DISK`): each parameter's description, default and secrecy, and the error codes the
 * server answers with, only where the API's error table ties one to the fault
 * (docs/vendors/alibaba.md#error-codes). Kept apart from the spec so form bundles never carry it.
 */
export const REPLACE_SYSTEM_DISK_ABOUT: PayloadAbout = {
  fields: {
    Action: { description: 'Common parameter: ReplaceSystemDisk (signature v1 only; v3 sends it as the x-acs-action header).' },
    Version: { description: 'Common parameter: 2014-05-26 (signature v1 only; v3 sends it as the x-acs-version header).' },
    InstanceId: { description: 'The instance id (i-...), from DescribeInstances.' },
    ImageId: { description: 'The image to install (a public image name or a custom image id m-...). Required.' },
    DiskId: { description: 'Deprecated: use ImageId. Never together with ImageId.' },
    SystemDisk: { description: 'The new system disk.', default: 'a disk of Max{40, image size} GiB' },
    'SystemDisk.Size': {
      description: 'The new system disk size in GiB: 1-2048 by disk category (basic disk 20-500), at least the image size and the current system disk.',
      default: 'Max{40, image size}',
    },
    Password: {
      description: 'The new password: 8-30 characters from at least 3 of uppercase, lowercase, digits and specials; on Windows it cannot start with "/". Send it over HTTPS.',
      default: 'unchanged',
      secret: true,
      vendor: {
        'password/*': { code: 'InvalidPassword.Malformed', status: 400 },
        'credentials/conflict': { code: 'InvalidPasswordParam.Mismatch', status: 400 },
      },
    },
    PasswordInherit: { description: 'Use the password preset in the image; Password must then be empty.', default: 'false' },
    KeyPairName: { description: 'The key pair to bind (Linux only; password logon is then disabled).' },
    ClientToken: { description: 'Idempotence token: ASCII only, at most 64 characters.' },
    SecurityEnhancementStrategy: { description: 'Active (Security Center, public images only) or Deactive.', default: 'Deactive' },
    UseAdditionalService: { description: 'Configure Alibaba Cloud NTP and KMS (Windows) or NTP and YUM (Linux) on the new disk.' },
    Encrypted: { description: 'Encrypt the new system disk.', default: 'false' },
    KMSKeyId: { description: 'The KMS key that encrypts the new system disk.' },
    EncryptAlgorithm: { description: 'Not available for use.' },
    Arn: { description: 'Not available for use.' },
    'Arn[]': { description: 'A role (not available for use).' },
    'Arn[].RoleType': { description: 'Role type (not available for use).' },
    'Arn[].Rolearn': { description: 'Role ARN (not available for use).' },
    'Arn[].AssumeRoleFor': { description: 'Account the role is assumed for (not available for use).' },
    Platform: { description: 'Deprecated: the OS of a DiskId install (CentOS, Ubuntu).' },
    Architecture: { description: 'Deprecated: the architecture of a DiskId install (i386, x86_64).' },
    OwnerId: { description: 'Account parameter of the SDK model, undocumented.' },
    ResourceOwnerId: { description: 'Account parameter of the SDK model, undocumented.' },
    OwnerAccount: { description: 'Account parameter of the SDK model, undocumented.' },
    ResourceOwnerAccount: { description: 'Account parameter of the SDK model, undocumented.' },
  },
  vendor: {
    'parameter/required': { code: 'MissingParameter', status: 400 },
  },
};
