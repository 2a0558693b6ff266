/** Config error: a config file that cannot be read, parsed or validated, or names API modules that cannot be used (exit code 2). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
