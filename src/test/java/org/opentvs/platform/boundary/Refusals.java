package org.opentvs.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** How the request tests of every context look at a refusal: the one the edge would answer with. */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal of {@code call}; fails when it is accepted or fails another way. */
    public static ApiException refusal(Executable call) {
        return assertThrows(ApiException.class, call);
    }

    /** The refusal of {@code call}, with its status, code and {@code field} (null: no field named) checked. */
    public static ApiException assertRefused(int status, String code, String field, Executable call) {
        ApiException e = refusal(call);
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(field, e.details().get("field"), e.getMessage());
        return e;
    }
}
