package org.opentvs.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttemptCounterTest {

    @Test
    void countsPerDeviceAndStartsAgainAfterASuccess() {
        AttemptCounter counter = new AttemptCounter();
        assertEquals(1, counter.next("cam-1"));
        assertEquals(2, counter.next("cam-1"));
        assertEquals(1, counter.next("cam-2"), "devices count separately");
        counter.succeeded("cam-1");
        assertEquals(1, counter.next("cam-1"));
    }
}
