package org.opentvs.crossing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.security.control.ScopePolicy;

/** Crossing records by port, period, direction and confirmation, newest first, within a caller's scope. */
@Dependent
public class CrossingSearch {

    /** What to look for; every field but {@code limit} may be null (not restricted). Codes are upper case. */
    public record Filter(String port, Instant from, Instant to, String direction, String confirmation, int limit) {
    }

    /** One crossing as the crossings list shows it. */
    public record Found(String id, String direction, String confirmation, String touchpoint, String port, String carrier,
            String flightNumber, String flightDate, String familyName, String givenNames, String dateOfBirth, String nationality,
            String documentNumber, String documentCountry, Instant occurredAt, Float score) {
    }

    @PersistenceContext
    EntityManager em;

    public List<Found> find(Filter filter, ScopePolicy scope) {
        StringBuilder sql = new StringBuilder("select cast(id as varchar), direction, confirmation, touchpoint, port, carrier,"
                + " flight_number, cast(flight_date as varchar), family_name, given_names, cast(date_of_birth as varchar), nationality,"
                + " document_number, document_country, occurred_at, score from crossing where true");
        List<Object> params = new ArrayList<>();
        scope.restrict(sql, params, "carrier", "port");
        add(sql, params, " and port = ?", filter.port());
        add(sql, params, " and occurred_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        add(sql, params, " and occurred_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        add(sql, params, " and direction = ?", filter.direction());
        add(sql, params, " and confirmation = ?", filter.confirmation());
        sql.append(" order by occurred_at desc limit ").append(filter.limit());
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(CrossingSearch::found).toList();
    }

    private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value);
        }
    }

    private static Found found(Object[] r) {
        return new Found((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13],
                r[14] == null ? null : ((Timestamp) r[14]).toInstant(), r[15] == null ? null : ((Number) r[15]).floatValue());
    }
}
