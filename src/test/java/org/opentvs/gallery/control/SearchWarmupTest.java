package org.opentvs.gallery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchWarmupTest {

    @Test
    void runsTheRoundsAskedForWithinItsBudget() {
        assertEquals(50, SearchWarmup.run(50, TimeUnit.SECONDS.toNanos(30)));
    }

    @Test
    void stopsWhenTheBudgetIsSpent() {
        long started = System.nanoTime();
        int searches = SearchWarmup.run(Integer.MAX_VALUE, TimeUnit.MILLISECONDS.toNanos(200));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(searches > 0 && searches < Integer.MAX_VALUE, searches + " searches");
        assertTrue(millis < 5_000, "stopped after " + millis + " ms (the galleries take part of that to build)");
    }
}
