/**
 * Tencent CVM instance states (`DescribeInstances` `InstanceState`) that
 * `ResetInstance` rejects, each with the `UnsupportedOperation.InstanceState*`
 * code it answers (docs/vendors/tencent.md#preconditions: the API page's list plus
 * the current SDK's). `RUNNING` and `STOPPED` are accepted; a state not listed
 * here (e.g. `LAUNCH_FAILED`) is not known to be rejected, so it passes.
 */
export const TENCENT_REJECTED_STATES: Readonly<Record<string, string>> = {
  PENDING: 'UnsupportedOperation.InstanceStatePending',
  REBOOTING: 'UnsupportedOperation.InstanceStateRebooting',
  STARTING: 'UnsupportedOperation.InstanceStateStarting',
  STOPPING: 'UnsupportedOperation.InstanceStateStopping',
  TERMINATING: 'UnsupportedOperation.InstanceStateTerminating',
  TERMINATED: 'UnsupportedOperation.InstanceStateTerminated',
  SHUTDOWN: 'UnsupportedOperation.InstanceStateShutdown',
  ISOLATING: 'UnsupportedOperation.InstanceStateIsolating',
  FREEZING: 'UnsupportedOperation.InstanceStateFreezing',
  CORRUPTED: 'UnsupportedOperation.InstanceStateCorrupted',
  ENTER_RESCUE_MODE: 'UnsupportedOperation.InstanceStateEnterRescueMode',
  RESCUE_MODE: 'UnsupportedOperation.InstanceStateRescueMode',
  EXIT_RESCUE_MODE: 'UnsupportedOperation.InstanceStateExitRescueMode',
  ENTER_SERVICE_LIVE_MIGRATE: 'UnsupportedOperation.InstanceStateEnterServiceLiveMigrate',
  SERVICE_LIVE_MIGRATE: 'UnsupportedOperation.InstanceStateServiceLiveMigrate',
  EXIT_SERVICE_LIVE_MIGRATE: 'UnsupportedOperation.InstanceStateExitServiceLiveMigrate',
};

/** The states a reset is accepted from, for messages (docs/vendors/tencent.md#preconditions: an inference). */
export const TENCENT_ACCEPTED_STATES: readonly string[] = ['RUNNING', 'STOPPED'];

/**
 * System disk types on which a reset may switch between Linux and Windows:
 * API 3.0 (current docs add `CLOUD_BSSD`) and legacy API 2.0 (the legacy
 * page's three) (docs/vendors/tencent.md#preconditions).
 */
export const TENCENT_OS_SWITCH_DISK_TYPES = {
  api3: ['CLOUD_BASIC', 'CLOUD_PREMIUM', 'CLOUD_SSD', 'CLOUD_BSSD'],
  api2: ['CLOUD_BASIC', 'CLOUD_PREMIUM', 'CLOUD_SSD'],
} as const;

/**
 * Mainland China region ids (prefix before any `-fsi`/`-adc` style suffix).
 * Seed 004 forbids OS switching "for instances in overseas regions" without
 * listing them; any other region counts as overseas, but only as a warning,
 * since neither the list nor the current docs (which dropped the rule) confirm it.
 */
export const TENCENT_MAINLAND_REGIONS: readonly string[] = [
  'ap-beijing',
  'ap-chengdu',
  'ap-chongqing',
  'ap-guangzhou',
  'ap-nanjing',
  'ap-shanghai',
  'ap-shenzhen',
  'ap-tianjin',
  'ap-wuhan',
  'ap-qingyuan',
  'ap-hangzhou',
  'ap-jinan',
  'ap-fuzhou',
  'ap-changsha',
  'ap-hefei',
  'ap-shijiazhuang',
  'ap-xian',
  'ap-zhengzhou',
  'ap-shenyang',
  'ap-harbin',
];

/** Image sources whose login settings `KeepImageLogin` can keep (docs/vendors/tencent.md#credentials). */
export const TENCENT_KEEP_IMAGE_LOGIN_SOURCES: readonly string[] = ['custom', 'shared', 'imported'];
