package org.opentvs.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.security.control.ApiClients;
import org.opentvs.security.control.AppUsers;
import org.opentvs.security.control.LoginThrottle;

/** The replies of the users, clients and sign-in locks resources: the JSON the hand-built JSON-P wrote, field for field. */
class SecurityRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID ID = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    @Test
    void aCreatedUserShowsItsIdAndRolesInTheGrantsOrder() {
        assertEquals("{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"roles\":[\"OFFICER\",\"ADMIN\"]}",
                JSONB.toJson(UserCreated.of(ID, new LinkedHashSet<>(List.of("OFFICER", "ADMIN")))));
    }

    @Test
    void aListedUserKeepsTheStoredTextAndTheFlag() {
        AppUsers.Listed u = new AppUsers.Listed("u1", "alice", "OFFICER,PAU_ANALYST", "", "JFK", "JFK,EWR", false,
                "2026-01-02 03:04:05.123", "");
        assertEquals("[{\"id\":\"u1\",\"username\":\"alice\",\"roles\":\"OFFICER,PAU_ANALYST\",\"carriers\":\"\",\"airports\":\"JFK\","
                + "\"ports\":\"JFK,EWR\",\"enabled\":false,\"createdAt\":\"2026-01-02 03:04:05.123\",\"partners\":\"\"}]",
                JSONB.toJson(List.of(UserReply.of(u))));
    }

    @Test
    void anIssuedClientWritesAMissingExpiryAsNull() {
        assertEquals("{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"token\":\"tok\",\"roles\":[\"PARTNER\"],\"expiresAt\":null}",
                JSONB.toJson(ClientIssued.of(ID, "tok", Set.of("PARTNER"), null)));
        assertEquals("{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"token\":\"tok\",\"roles\":[\"PARTNER\"],"
                + "\"expiresAt\":\"2027-01-31T00:00:00Z\"}",
                JSONB.toJson(ClientIssued.of(ID, "tok", Set.of("PARTNER"), Instant.parse("2027-01-31T00:00:00Z"))));
        assertEquals("{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"token\":\"tok\",\"roles\":[\"PARTNER\"],"
                + "\"expiresAt\":\"2027-01-31T10:15:30.500Z\"}",
                JSONB.toJson(ClientIssued.of(ID, "tok", Set.of("PARTNER"), Instant.parse("2027-01-31T10:15:30.500Z"))));
    }

    @Test
    void aListedClientWritesMissingTimesAsNull() {
        ApiClients.Listed never = new ApiClients.Listed("c1", "feed", "WATCHLIST_FEED", "", "", "", "", "2026-01-02T03:04:05Z", false,
                false, null, null);
        ApiClients.Listed used = new ApiClients.Listed("c2", "kiosk", "CAPTURE_DEVICE", "AA,BA", "JFK", "JFK", "CAN",
                "2026-01-02T03:04:05Z", true, true, "2026-02-01T00:00:00Z", "2026-01-15T12:00:00.250Z");
        assertEquals("[{\"id\":\"c1\",\"name\":\"feed\",\"roles\":\"WATCHLIST_FEED\",\"carriers\":\"\",\"airports\":\"\",\"ports\":\"\","
                + "\"partners\":\"\",\"createdAt\":\"2026-01-02T03:04:05Z\",\"revoked\":false,\"expired\":false,\"expiresAt\":null,"
                + "\"lastUsedAt\":null},"
                + "{\"id\":\"c2\",\"name\":\"kiosk\",\"roles\":\"CAPTURE_DEVICE\",\"carriers\":\"AA,BA\",\"airports\":\"JFK\","
                + "\"ports\":\"JFK\",\"partners\":\"CAN\",\"createdAt\":\"2026-01-02T03:04:05Z\",\"revoked\":true,\"expired\":true,"
                + "\"expiresAt\":\"2026-02-01T00:00:00Z\",\"lastUsedAt\":\"2026-01-15T12:00:00.250Z\"}]",
                JSONB.toJson(List.of(ClientReply.of(never), ClientReply.of(used))));
    }

    @Test
    void aLockNamesItsKindInLowerCase() {
        assertEquals("[{\"kind\":\"account\",\"key\":\"alice\",\"failures\":5,\"lockedUntil\":\"2026-12-07T15:00:00Z\"},"
                + "{\"kind\":\"address\",\"key\":\"10.0.0.7\",\"failures\":20,\"lockedUntil\":\"2026-12-07T15:00:00.123456Z\"}]",
                JSONB.toJson(List.of(
                        LoginLockReply
                                .of(new LoginThrottle.Lock(LoginThrottle.Kind.ACCOUNT, "alice", 5, Instant.parse("2026-12-07T15:00:00Z"))),
                        LoginLockReply.of(new LoginThrottle.Lock(LoginThrottle.Kind.ADDRESS, "10.0.0.7", 20,
                                Instant.parse("2026-12-07T15:00:00.123456Z"))))));
    }
}
