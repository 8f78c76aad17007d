package org.opentvs.alerting.control;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.opentvs.alerting.entity.AlertReply;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.security.control.ScopePolicy;

/**
 * One connected device or portal page: its event sink and the ports its caller may see. A resuming
 * subscription is registered before the alerts it missed are read and replayed, so nothing committed
 * in between is lost; live alerts that reach it before the replay are held and sent after it in seq
 * order (an alert raised on another node can arrive over the grid after its row is readable), and
 * the sequence numbers of the last alerts sent keep one from being sent twice.
 */
public final class AlertSubscription {

    private final SseEventSink sink;
    private final Sse sse;
    private final ScopePolicy scope;
    private static final int REMEMBERED = 4096;

    private final Map<Long, Boolean> sent = new LinkedHashMap<>(64, 0.75f, false) {

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };
    private volatile boolean open = true;
    private List<AlertRow> held;

    /** A new stream: live alerts are sent as they come. */
    public AlertSubscription(SseEventSink sink, Sse sse, ScopePolicy scope) {
        this(sink, sse, scope, false);
    }

    /** With {@code resuming}, live alerts are held until {@link #replay} has sent what was missed. */
    public AlertSubscription(SseEventSink sink, Sse sse, ScopePolicy scope, boolean resuming) {
        this.sink = sink;
        this.sse = sse;
        this.scope = scope;
        this.held = resuming ? new ArrayList<>() : null;
    }

    public ScopePolicy scope() {
        return scope;
    }

    /** Reads and sends what was missed while live alerts wait. */
    public synchronized void replay(Supplier<List<AlertRow>> missed) {
        List<AlertRow> waiting = held == null ? List.of() : held;
        held = null;
        try {
            missed.get().forEach(this::send);
        } finally {
            // sent even when the missed alerts cannot be read (database down): live ones are not lost
            waiting.stream().sorted(Comparator.comparingLong(AlertRow::seq)).forEach(this::send);
        }
    }

    public synchronized void deliver(AlertRow row) {
        if (!scope.covers(row.carrier(), row.port())) {
            return;
        }
        if (held != null) {
            held.add(row);
        } else {
            send(row);
        }
    }

    /** A status change of an alert already sent: an "update" event without an id, so it does not move Last-Event-ID. */
    public synchronized void update(AlertRow row) {
        if (open() && scope.covers(row.carrier(), row.port())) {
            watch(sink.send(sse.newEventBuilder().name("update").mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, AlertReply.json(row)).build()));
        }
    }

    public synchronized void heartbeat() {
        if (open()) {
            watch(sink.send(sse.newEventBuilder().comment("keep-alive").build()));
        }
    }

    public boolean open() {
        return open && !sink.isClosed();
    }

    public void close() {
        open = false;
        try {
            sink.close();
        } catch (RuntimeException e) {
            // already gone
        }
    }

    private void send(AlertRow row) {
        if (!open() || sent.put(row.seq(), Boolean.TRUE) != null) {
            return;
        }
        OutboundSseEvent event = sse.newEventBuilder().id(Long.toString(row.seq())).name("alert")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, AlertReply.json(row)).build();
        watch(sink.send(event));
    }

    private void watch(CompletionStage<?> sent) {
        sent.whenComplete((ok, failure) -> {
            if (failure != null) {
                open = false;
            }
        });
    }
}
