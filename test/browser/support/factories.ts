import type { ApiId } from '../../../src/apis.ts';
import type { PreflightSchema } from '../../../src/engine/createSchema.ts';
import type { VendorSchemaOptions } from '../../../src/engine/vendorSchema.ts';
import type { RuleId } from '../../../src/rules/ruleId.ts';
import * as jdcloud from '../../../src/schemas/jdcloud/index.ts';
import * as tencent from '../../../src/schemas/tencent/index.ts';
import * as zenlayer from '../../../src/schemas/zenlayer/index.ts';

/** Each API's schema factory, as the vendor entries export it. */
export const FACTORIES: Readonly<Record<ApiId, (options: VendorSchemaOptions<RuleId>) => PreflightSchema>> = {
  'jdcloud.vm.rebuildInstance': jdcloud.rebuildInstance,
  'jdcloud.vm.rebuildInstance@1.0.3': jdcloud.rebuildInstance103,
  'zenlayer.zec.ResetInstance': zenlayer.resetInstance,
  'tencent.cvm.ResetInstance': tencent.resetInstance,
  'tencent.cvm.ResetInstance@api2': tencent.resetInstanceApi2,
};
