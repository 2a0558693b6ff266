import { isPlainObject } from '../../../engine/spec/values.ts';

/**
 * Builds the payload `validate()` checks from an `EcsClient` request: the body as the SDK serializes it
 * (`JSON.stringify`: `undefined` members left out, `null` kept, model instances as their wire-named members),
 * with the path parameters beside it (`project_id` from the client, `server_id` from the request, as the SDK
 * reads `request['server_id']`). A body that cannot be serialized is checked as given.
 *
 * @param request The request as the caller gave it.
 * @param projectId The project id the client puts in the path.
 *
 * @returns The payload.
 */
export function huaweiPayload(request: unknown, projectId: string | undefined): Record<string, unknown> {
  const given = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const body = given['body'];
  let wire: unknown = body;
  try {
    wire = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  } catch {
    // A cycle or a BigInt: the SDK cannot send it either; the checks report what they find in it.
  }
  const serverId = given['server_id'];
  return {
    ...(isPlainObject(wire) ? wire : {}),
    ...(projectId !== undefined ? { project_id: projectId } : {}),
    ...(serverId !== undefined ? { server_id: serverId } : {}),
  };
}
