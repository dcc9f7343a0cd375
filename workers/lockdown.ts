/**
 * Settings that make the engine unable to reach the network or load extensions.
 * DuckDB-WASM 1.32 builds only core_functions in; by default a Parquet read, a JSON cast or
 * AT TIME ZONE would download the extension from DuckDB's extension repository — an egress of the user's intent we never make.
 * With these, any such attempt fails with "Loading external extensions is disabled" and sends
 * nothing. User files live under /uploads/. The last line freezes the configuration.
 */
export const UPLOAD_DIR = '/uploads/';

export const LOCKDOWN_SQL: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ['${UPLOAD_DIR}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];
