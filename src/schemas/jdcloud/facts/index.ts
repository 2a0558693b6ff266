/** JD Cloud's part of `instance-preflight/facts`: the VM describe-response adapters and the shapes they read. */
export { jdInstanceFacts } from './jdInstanceFacts.ts';
export { jdImageFacts } from './jdImageFacts.ts';
export { jdImageConstraintFacts } from './jdImageConstraintFacts.ts';
export type { JdDiskAttachment, JdImage, JdImageConstraint, JdInstance } from './types.ts';
