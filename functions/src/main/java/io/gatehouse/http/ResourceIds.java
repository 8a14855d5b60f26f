package io.gatehouse.http;

import java.util.UUID;

/**
 * Resource ids in paths. A malformed id names nothing the caller can see: 404, like another
 * tenant's.
 */
public final class ResourceIds {

    private ResourceIds() {}

    public static UUID parse(String id) {
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // falls through to 404
        }
        throw ProblemException.notFound();
    }
}
