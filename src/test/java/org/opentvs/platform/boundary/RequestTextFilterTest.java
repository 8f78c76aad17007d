package org.opentvs.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestTextFilterTest {

    @Test
    void theCharsetIsTakenFromTheContentType() {
        assertEquals("bogus", RequestTextFilter.charset("application/json; charset=bogus"));
        assertEquals("UTF-8", RequestTextFilter.charset("application/json;CHARSET=\"UTF-8\""));
        assertNull(RequestTextFilter.charset("application/json"));
        assertNull(RequestTextFilter.charset(null));
    }

    @Test
    void onlyKnownCharsetsAreSupported() {
        assertTrue(RequestTextFilter.supported("utf-8"));
        assertTrue(RequestTextFilter.supported("ISO-8859-1"));
        assertFalse(RequestTextFilter.supported("bogus"));
        assertFalse(RequestTextFilter.supported("not a name!"));
        assertFalse(RequestTextFilter.supported(""));
    }
}
