package org.opentvs.alerting.boundary;

import java.util.UUID;
import org.opentvs.platform.boundary.ApiException;

/** Path ids: a malformed one is a 404 for the thing it names, never a 500. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what + " " + id);
        }
    }
}
