package org.opentvs.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

/** The order an officer's device sees when live alerts race the replay of what it missed. */
class AlertSubscriptionTest {

    private final RecordingSink sink = new RecordingSink();
    private final ScopePolicy national = ScopePolicy
            .of(new Caller("u1", "officer", Caller.Kind.PERSON, Set.of("officer"), Scope.UNLIMITED));

    @Test
    void aLiveAlertThatArrivesBeforeTheReplayIsSentAfterItInSeqOrderAndOnlyOnce() {
        AlertSubscription resumed = new AlertSubscription(sink, new EventsOnly(), national, true);
        resumed.deliver(row(13)); // raised on the other node: its row was readable before the grid message came
        resumed.deliver(row(14));
        resumed.replay(() -> List.of(row(12), row(13)));
        resumed.deliver(row(15));
        resumed.deliver(row(14));
        assertEquals(List.of("12", "13", "14", "15"), sink.ids);
    }

    @Test
    void heldAlertsAreSentWhenTheMissedOnesCannotBeRead() {
        AlertSubscription resumed = new AlertSubscription(sink, new EventsOnly(), national, true);
        resumed.deliver(row(31));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> resumed.replay(() -> {
            throw new IllegalStateException("database down");
        }));
        resumed.deliver(row(32));
        assertEquals(List.of("31", "32"), sink.ids);
    }

    @Test
    void aNewStreamSendsLiveAlertsAsTheyCome() {
        AlertSubscription fresh = new AlertSubscription(sink, new EventsOnly(), national);
        fresh.deliver(row(7));
        fresh.deliver(row(7));
        fresh.deliver(row(8));
        assertEquals(List.of("7", "8"), sink.ids);
    }

    @Test
    void alertsOutsideTheCallersPortsAreNeitherHeldNorSent() {
        ScopePolicy sea = ScopePolicy.of(new Caller("u2", "officer.sea", Caller.Kind.PERSON, Set.of("officer"),
                new Scope(Set.of(), Set.of("SEA"), Set.of(), Set.of())));
        AlertSubscription resumed = new AlertSubscription(sink, new EventsOnly(), sea, true);
        resumed.deliver(row(21, "JFK"));
        resumed.replay(List::of);
        resumed.deliver(row(22, "JFK"));
        resumed.deliver(row(23, "SEA"));
        assertEquals(List.of("23"), sink.ids);
    }

    private static AlertRow row(long seq) {
        return row(seq, "SEA");
    }

    private static AlertRow row(long seq, String port) {
        return new AlertRow(UUID.randomUUID(), seq, "WATCHLIST", "OPEN", port, "DEPARTURE_GATE", null, "A1", null, null,
                null, null, null, Instant.parse("2026-12-03T10:00:00Z"), "cam-1", null, null, null, null, null, null,
                null, null, null, null);
    }

    /** Keeps the ids of the events sent, in order. */
    private static final class RecordingSink implements SseEventSink {

        final List<String> ids = new ArrayList<>();

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            if (event.getId() != null) {
                ids.add(event.getId());
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
        }
    }

    /** Builds plain events; a stream never needs a broadcaster. */
    private static final class EventsOnly implements Sse {

        @Override
        public OutboundSseEvent.Builder newEventBuilder() {
            return new Builder();
        }

        @Override
        public SseBroadcaster newBroadcaster() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Builder implements OutboundSseEvent.Builder {

        private String id;
        private String name;
        private String comment;
        private Object data;
        private MediaType mediaType;

        @Override
        public OutboundSseEvent.Builder id(String id) {
            this.id = id;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
            return this;
        }

        @Override
        public OutboundSseEvent.Builder mediaType(MediaType mediaType) {
            this.mediaType = mediaType;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public OutboundSseEvent.Builder data(Class type, Object data) {
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder data(jakarta.ws.rs.core.GenericType type, Object data) {
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder data(Object data) {
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent build() {
            return new Event(id, name, comment, data, mediaType);
        }
    }

    private record Event(String getId, String getName, String getComment, Object getData, MediaType getMediaType)
            implements
                OutboundSseEvent {

        @Override
        public long getReconnectDelay() {
            return -1;
        }

        @Override
        public boolean isReconnectDelaySet() {
            return false;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public Type getGenericType() {
            return String.class;
        }
    }
}
