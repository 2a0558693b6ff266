import pkg from '../package.json' with { type: 'json' };
import { apis, type Vendor } from '../src/apis.ts';

/** Vendor entry interface: one vendor's package entry (`instance-preflight/<vendor>`) and the source it is built from. */
export interface VendorEntry {
  /** The vendor. */
  readonly vendor: Vendor;
  /** The `exports` key, e.g. `./tencent`. */
  readonly specifier: string;
  /** The entry's source file, relative to the package root, e.g. `./src/schemas/tencent/index.ts`. */
  readonly source: string;
}

/**
 * Lists the vendor entries: every `exports` key named after a vendor of the API list, in `exports` order.
 *
 * @returns One entry per vendor that has a package entry.
 */
export function vendorEntries(): VendorEntry[] {
  const vendors = new Set<string>(apis.map((api) => api.vendor));
  return Object.entries(pkg.exports).flatMap(([specifier, target]) => {
    const vendor = specifier.slice(2);
    if (!vendors.has(vendor) || typeof target !== 'object' || !('default' in target)) return [];
    return [{ vendor: vendor as Vendor, specifier, source: target.default.replace('./dist/', './src/').replace(/\.js$/, '.ts') }];
  });
}
