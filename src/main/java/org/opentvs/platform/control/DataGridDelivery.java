package org.opentvs.platform.control;

import jakarta.ejb.Stateless;
import java.util.function.Consumer;

/**
 * Runs a data-grid listener as a container call in a transaction of its own, so that what it calls
 * may read PostgreSQL through the entity manager (a bare grid or factory thread has no invocation).
 */
@Stateless
public class DataGridDelivery {

    public void deliver(Consumer<String> listener, String message) {
        listener.accept(message);
    }
}
