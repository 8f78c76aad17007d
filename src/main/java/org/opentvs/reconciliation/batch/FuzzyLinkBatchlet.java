package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.reconciliation.control.FuzzyMatcher;
import org.opentvs.reconciliation.control.LinkDecision;
import org.opentvs.reconciliation.entity.Person;

/**
 * Fuzzy biographic matching of the partition's admissions that exact keys left unlinked. One query
 * pairs them with candidate departures after admission (and before the same document's next
 * admission) by three blocking keys, as hash joins: birth date + nationality, document number, and
 * family-name skeleton + nationality + initial of the given name. Departures held by an exact or
 * reviewed link are not candidates; those taken by fuzzy links stay candidates, so a decision never
 * depends on which arrival came first and a rerun decides the same. Each admission's candidates
 * (the earliest {@value #MAX_CANDIDATES}) are scored and {@link LinkDecision} links, queues for
 * review (discrepancy) or leaves it. Writes are keyed, so a rerun changes nothing.
 */
@Dependent
@Named("reconFuzzyLinks")
public class FuzzyLinkBatchlet extends PartitionBatchlet {

    static final int MAX_CANDIDATES = 50;

    private static final String DEPARTURE_COLUMNS = "d.id, d.occurred_at, d.family_name, d.given_names, d.date_of_birth,"
            + " d.nationality, d.document_number, d.document_country";
    private static final String ADMISSION_COLUMNS = "a.id, a.family_name, a.given_names, a.date_of_birth, a.nationality,"
            + " a.document_number, a.document_country";
    private static final String IN_WINDOW = " where d.occurred_at >= a.admitted_at and (a.next_at is null or d.occurred_at < a.next_at)";

    static final String CANDIDATES = "with a as materialized (select a.id, a.admitted_at, a.family_name, a.given_names, a.date_of_birth,"
            + "   a.nationality, a.document_number, a.document_country, recon_name_key(a.family_name) name_key,"
            + "   recon_initial(a.given_names) given_key, (select min(n.admitted_at) from admission n where n.document_number = a.document_number"
            + "     and n.document_country = a.document_country and n.admitted_at > a.admitted_at) next_at"
            + "   from admission a where a.admitted_at >= ? and a.admitted_at < ?"
            + "   and not exists (select 1 from recon_link l where l.admission_id = a.id)),"
            + " d as materialized (select d.* from recon_departure d where d.occurred_at >= ?"
            + "   and not exists (select 1 from recon_link l where l.departure_id = d.id and l.method <> 'FUZZY'))"
            + " select " + ADMISSION_COLUMNS + ", " + DEPARTURE_COLUMNS + " from a join d on d.date_of_birth = a.date_of_birth"
            + "   and d.nationality = a.nationality" + IN_WINDOW
            + " union all select " + ADMISSION_COLUMNS + ", " + DEPARTURE_COLUMNS
            + " from a join d on d.document_number = a.document_number" + IN_WINDOW
            + " union all select " + ADMISSION_COLUMNS + ", " + DEPARTURE_COLUMNS + " from a join d on d.name_key = a.name_key"
            + "   and d.nationality = a.nationality and d.given_key = a.given_key" + IN_WINDOW
            + " order by 1";
    private record Departure(UUID id, Instant at, FuzzyMatcher.Prepared person) {
    }

    @Inject
    @BatchProperty
    String enabled;

    @Inject
    @BatchProperty
    String batchSize;

    private final Map<Person, FuzzyMatcher.Prepared> prepared = new HashMap<>();
    private FuzzyLinkWrites writes;
    private long pairs;

    @Override
    protected String work(Instant from, Instant to) throws Exception {
        if ("false".equalsIgnoreCase(enabled)) {
            return "fuzzy matching off";
        }
        int flushAt = ArrivalDayMapper.parse(batchSize, 5000, 100_000);
        int admissions = 0;
        writes = new FuzzyLinkWrites(job.getExecutionId(), this);
        try (Connection read = db.get(); Connection write = db.get()) {
            read.setAutoCommit(false);
            try {
                bulkSettings(read);
                try (PreparedStatement ps = track(read.prepareStatement(CANDIDATES))) {
                    ps.setFetchSize(5000);
                    ps.setTimestamp(1, Timestamp.from(from));
                    ps.setTimestamp(2, Timestamp.from(to));
                    ps.setTimestamp(3, Timestamp.from(from));
                    try (ResultSet rs = ps.executeQuery()) {
                        UUID current = null;
                        FuzzyMatcher.Prepared arrival = null;
                        Map<UUID, Departure> candidates = new HashMap<>();
                        while (rs.next()) {
                            pairs++;
                            UUID id = rs.getObject(1, UUID.class);
                            if (!id.equals(current)) {
                                if (current != null) {
                                    decide(current, arrival, candidates.values());
                                    admissions++;
                                    if (writes.waiting() >= flushAt) {
                                        writes.flush(write);
                                    }
                                }
                                current = id;
                                arrival = prepared(person(rs, 2));
                                candidates.clear();
                            }
                            UUID departure = rs.getObject(8, UUID.class);
                            if (!candidates.containsKey(departure)) {
                                candidates.put(departure,
                                        new Departure(departure, rs.getTimestamp(9).toInstant(), prepared(person(rs, 10))));
                            }
                        }
                        if (current != null) {
                            decide(current, arrival, candidates.values());
                            admissions++;
                        }
                    }
                    untrack(ps);
                }
                read.commit();
            } finally {
                read.setAutoCommit(true);
            }
            writes.flush(write);
        }
        return admissions + " admissions with candidates, " + pairs + " candidate pairs, " + writes.linked() + " fuzzy links, "
                + writes.queued() + " for review";
    }

    private static Person person(ResultSet rs, int first) throws SQLException {
        return new Person(rs.getString(first), rs.getString(first + 1), rs.getObject(first + 2, LocalDate.class), rs.getString(first + 3),
                rs.getString(first + 4), rs.getString(first + 5));
    }

    private FuzzyMatcher.Prepared prepared(Person p) {
        if (prepared.size() > 200_000) {
            prepared.clear();
        }
        return prepared.computeIfAbsent(p, FuzzyMatcher::prepare);
    }

    private void decide(UUID admission, FuzzyMatcher.Prepared arrival, java.util.Collection<Departure> departures) {
        List<Departure> earliest = departures.stream().sorted(Comparator.comparing(Departure::at).thenComparing(Departure::id))
                .limit(MAX_CANDIDATES).toList();
        Map<UUID, Instant> at = new HashMap<>();
        List<LinkDecision.Candidate> scored = new ArrayList<>(earliest.size());
        for (Departure d : earliest) {
            at.put(d.id(), d.at());
            scored.add(new LinkDecision.Candidate(d.id(), FuzzyMatcher.confidence(arrival, d.person()),
                    FuzzyMatcher.corroborated(arrival, d.person())));
        }
        LinkDecision.Result result = LinkDecision.decide(scored);
        if (result.outcome() == LinkDecision.Outcome.LINK) {
            LinkDecision.Candidate best = result.candidates().get(0);
            writes.link(admission, best, at.get(best.departureId()));
        } else if (result.outcome() == LinkDecision.Outcome.REVIEW) {
            for (LinkDecision.Candidate candidate : result.candidates()) {
                writes.review(admission, candidate, at.get(candidate.departureId()), result.reason());
            }
        }
    }
}
