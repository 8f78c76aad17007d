package org.opentvs.reconciliation.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opentvs.reconciliation.control.LinkDecision;

/**
 * The fuzzy step's decisions waiting to be written, a batch per statement: links (one
 * {@code unnest} insert that returns what it took) and candidate links for review. A link whose
 * departure another arrival's fuzzy link took meanwhile goes to review as {@code DEPARTURE_CLAIMED}.
 * Keyed writes: written again, they change nothing.
 */
final class FuzzyLinkWrites {

    private static final String LINK = "insert into recon_link (admission_id, departure_id, method, confidence, departed_at, execution_id, linked_at)"
            + " select u.a, u.d, 'FUZZY', u.c, u.t, ?, ? from unnest(?::uuid[], ?::uuid[], ?::real[], ?::timestamptz[]) u(a, d, c, t)"
            + " on conflict do nothing returning admission_id";
    private static final String DISCREPANCY = "insert into recon_discrepancy (id, admission_id, departure_id, confidence, reason,"
            + " execution_id, raised_at) select gen_random_uuid(), u.a, u.d, u.c, u.r, ?, ? from unnest(?::uuid[], ?::uuid[], ?::real[],"
            + " ?::text[]) u(a, d, c, r) on conflict (admission_id, departure_id) do nothing";

    /** One decided pair: the arrival, the scored departure, when it departed, and why it is reviewed (null for a link). */
    private record Pending(UUID admission, LinkDecision.Candidate candidate, Instant departedAt, String reason) {

        UUID departure() {
            return candidate.departureId();
        }

        float confidence() {
            return (float) candidate.confidence();
        }

        Pending review(String why) {
            return new Pending(admission, candidate, departedAt, why);
        }
    }

    private final long executionId;
    private final StatementTracker tracker;
    private final List<Pending> links = new ArrayList<>();
    private final List<Pending> reviews = new ArrayList<>();
    private int linked;
    private int queued;

    FuzzyLinkWrites(long executionId, StatementTracker tracker) {
        this.executionId = executionId;
        this.tracker = tracker;
    }

    void link(UUID admission, LinkDecision.Candidate candidate, Instant departedAt) {
        links.add(new Pending(admission, candidate, departedAt, null));
    }

    void review(UUID admission, LinkDecision.Candidate candidate, Instant departedAt, String reason) {
        reviews.add(new Pending(admission, candidate, departedAt, reason));
    }

    int waiting() {
        return links.size() + reviews.size();
    }

    int linked() {
        return linked;
    }

    int queued() {
        return queued;
    }

    void flush(Connection c) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        if (!links.isEmpty()) {
            Set<UUID> inserted = new HashSet<>();
            try (PreparedStatement ps = tracker.track(c.prepareStatement(LINK))) {
                ps.setLong(1, executionId);
                ps.setTimestamp(2, now);
                ps.setArray(3, SqlArrays.text(c, links, Pending::admission));
                ps.setArray(4, SqlArrays.text(c, links, Pending::departure));
                ps.setArray(5, SqlArrays.text(c, links, Pending::confidence));
                ps.setArray(6, SqlArrays.text(c, links, Pending::departedAt));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getObject(1, UUID.class));
                    }
                }
                tracker.untrack(ps);
            }
            linked += inserted.size();
            links.stream().filter(p -> !inserted.contains(p.admission())).map(p -> p.review("DEPARTURE_CLAIMED")).forEach(reviews::add);
            links.clear();
        }
        if (!reviews.isEmpty()) {
            try (PreparedStatement ps = tracker.track(c.prepareStatement(DISCREPANCY))) {
                ps.setLong(1, executionId);
                ps.setTimestamp(2, now);
                ps.setArray(3, SqlArrays.text(c, reviews, Pending::admission));
                ps.setArray(4, SqlArrays.text(c, reviews, Pending::departure));
                ps.setArray(5, SqlArrays.text(c, reviews, Pending::confidence));
                ps.setArray(6, SqlArrays.text(c, reviews, Pending::reason));
                queued += ps.executeUpdate();
                tracker.untrack(ps);
            }
            reviews.clear();
        }
    }
}
