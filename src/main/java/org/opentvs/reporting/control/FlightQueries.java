package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opentvs.reporting.entity.SqlWhere;
import org.opentvs.reporting.entity.TravelerRecord;

/** A flight's manifest travelers and how each was confirmed (the one report that shows persons). */
public final class FlightQueries {

    private FlightQueries() {
    }

    /** The travelers of a flight departing from one of {@code ports} (empty: any port). */
    public static List<TravelerRecord> travelers(Connection c, String carrier, String number, LocalDate date, Set<String> ports)
            throws SQLException {
        SqlWhere where = new SqlWhere().and("f.carrier = ? and f.number = ? and f.departure_date = ?", carrier, number, date);
        if (!ports.isEmpty()) {
            where.and("f.departure_airport = any(?)", (Object) ports.toArray(String[]::new));
        }
        String sql = "select t.reference, t.family_name, t.nationality, t.sex, extract(year from t.date_of_birth)::int,"
                + " t.us_citizen, t.in_scope, t.status, coalesce(cr.confirmation, '') from traveler t join flight f on f.id = t.flight_id"
                + " left join lateral (select confirmation from crossing c where c.traveler_id = t.id limit 1) cr on true"
                + " %WHERE% order by t.family_name, t.reference";
        return Rows.query(c, sql, where, rs -> new TravelerRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                (Integer) rs.getObject(5), rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)));
    }
}
