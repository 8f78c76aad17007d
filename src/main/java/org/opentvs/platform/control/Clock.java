package org.opentvs.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The application's notion of now; one place to change for tests and replays. */
@ApplicationScoped
public class Clock {

    public Instant now() {
        return Instant.now();
    }
}
