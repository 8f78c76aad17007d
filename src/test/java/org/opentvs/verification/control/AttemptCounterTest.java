package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttemptCounterTest {

    @Test
    void countsFailuresPerDeviceAndStartsAgainAfterASuccess() {
        AttemptCounter counter = new AttemptCounter();
        assertEquals(1, counter.current("cam-1"));
        assertEquals(1, counter.failed("cam-1"), "the first capture failed");
        assertEquals(2, counter.current("cam-1"));
        assertEquals(2, counter.failed("cam-1"));
        assertEquals(3, counter.current("cam-1"));
        assertEquals(1, counter.current("cam-2"), "devices count separately");
        counter.succeeded("cam-1", 3);
        assertEquals(1, counter.current("cam-1"));
        assertEquals(1, counter.failed("cam-1"));
    }
}
