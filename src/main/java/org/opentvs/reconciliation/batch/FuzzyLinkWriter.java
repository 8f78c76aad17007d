package org.opentvs.reconciliation.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.reconciliation.control.FuzzyMatcher;
import org.opentvs.reconciliation.control.LinkDecision;
import org.opentvs.reconciliation.entity.Arrival;
import org.opentvs.reconciliation.entity.Person;

/**
 * Fuzzy biographic matching of the admissions exact keys left unlinked. Candidates come from three
 * blocking keys (birth date + nationality, document number, family-name skeleton + nationality)
 * among departures after admission that no exact or reviewed link holds (departures taken by fuzzy
 * links stay candidates, so a decision never depends on which arrival came first in this run, and a
 * rerun decides the same); each is scored and {@link LinkDecision} links, queues for review
 * (discrepancy) or leaves it. Writes are keyed, so a rerun changes nothing.
 */
@Dependent
@Named("reconFuzzyWriter")
public class FuzzyLinkWriter extends AbstractItemWriter {

    private static final String CANDIDATES = "select a.id, d.id, d.occurred_at, d.family_name, d.given_names, d.date_of_birth,"
            + " d.nationality, d.document_number, d.document_country"
            + " from admission a join lateral (select d.* from recon_departure d where d.occurred_at >= a.admitted_at"
            + "   and ((d.date_of_birth = a.date_of_birth and d.nationality = a.nationality) or d.document_number = a.document_number"
            + "        or (d.name_key = recon_name_key(a.family_name) and d.nationality = a.nationality))"
            + "   and not exists (select 1 from recon_link l where l.departure_id = d.id and l.method <> 'FUZZY')"
            + "   and not exists (select 1 from admission n where n.document_number = a.document_number"
            + "       and n.document_country = a.document_country and n.admitted_at > a.admitted_at and n.admitted_at <= d.occurred_at)"
            + "   order by d.occurred_at, d.id limit 50) d on true where a.id = any(?)";
    private static final String LINK = "insert into recon_link (admission_id, departure_id, method, confidence, departed_at, execution_id, linked_at)"
            + " values (?, ?, 'FUZZY', ?, ?, ?, ?) on conflict do nothing";
    private static final String DISCREPANCY = "insert into recon_discrepancy (id, admission_id, departure_id, confidence, reason,"
            + " execution_id, raised_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (admission_id, departure_id) do nothing";

    private record Departure(UUID id, Instant at, Person person) {
    }

    @Inject
    ReconDataSource db;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        Map<UUID, List<Departure>> candidates = new HashMap<>();
        try (Connection c = db.get()) {
            try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
                ps.setArray(1, c.createArrayOf("uuid", items.stream().map(i -> ((Arrival) i).id()).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Person p = new Person(rs.getString(4), rs.getString(5), rs.getObject(6, java.time.LocalDate.class),
                                rs.getString(7), rs.getString(8), rs.getString(9));
                        candidates.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new Departure(rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(), p));
                    }
                }
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement link = c.prepareStatement(LINK); PreparedStatement review = c.prepareStatement(DISCREPANCY)) {
                for (Object item : items) {
                    Arrival a = (Arrival) item;
                    decide(a, candidates.getOrDefault(a.id(), List.of()), link, review, now);
                }
                review.executeBatch();
            }
        }
    }

    private void decide(Arrival a, List<Departure> departures, PreparedStatement link, PreparedStatement review, Timestamp now)
            throws Exception {
        Map<UUID, Departure> byId = new HashMap<>();
        List<LinkDecision.Candidate> scored = new ArrayList<>();
        for (Departure d : departures) {
            byId.put(d.id(), d);
            scored.add(new LinkDecision.Candidate(d.id(), FuzzyMatcher.confidence(a.person(), d.person()),
                    FuzzyMatcher.corroborated(a.person(), d.person())));
        }
        LinkDecision.Result result = LinkDecision.decide(scored);
        if (result.outcome() == LinkDecision.Outcome.LINK) {
            LinkDecision.Candidate best = result.candidates().get(0);
            link.setObject(1, a.id());
            link.setObject(2, best.departureId());
            link.setFloat(3, (float) best.confidence());
            link.setTimestamp(4, Timestamp.from(byId.get(best.departureId()).at()));
            link.setLong(5, job.getExecutionId());
            link.setTimestamp(6, now);
            if (link.executeUpdate() == 0) {
                queue(review, a.id(), best, "DEPARTURE_CLAIMED", now);
            }
        } else if (result.outcome() == LinkDecision.Outcome.REVIEW) {
            for (LinkDecision.Candidate candidate : result.candidates()) {
                queue(review, a.id(), candidate, result.reason(), now);
            }
        }
    }

    private void queue(PreparedStatement review, UUID admission, LinkDecision.Candidate c, String reason, Timestamp now) throws Exception {
        review.setObject(1, UUID.randomUUID());
        review.setObject(2, admission);
        review.setObject(3, c.departureId());
        review.setFloat(4, (float) c.confidence());
        review.setString(5, reason);
        review.setLong(6, job.getExecutionId());
        review.setTimestamp(7, now);
        review.addBatch();
    }
}
