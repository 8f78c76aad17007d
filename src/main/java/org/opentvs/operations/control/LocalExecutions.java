package org.opentvs.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The job executions running in this JVM, whose claims this node keeps alive with heartbeats. */
@ApplicationScoped
public class LocalExecutions {

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    public void add(long executionId) {
        running.add(executionId);
    }

    public void remove(long executionId) {
        running.remove(executionId);
    }

    public List<Long> snapshot() {
        return List.copyOf(running);
    }
}
