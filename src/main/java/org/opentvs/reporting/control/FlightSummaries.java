package org.opentvs.reporting.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes the per-flight rows ({@code report_flight}, {@code report_demographic}) of the given
 * flights from their manifest travelers, their gallery's verifications and their crossings.
 * Photographed = distinct matched travelers + matched US citizens (not identified by design) +
 * referrals to an officer after repeated no-matches (one per person who was captured but not matched).
 */
final class FlightSummaries {

    private static final String FLIGHTS = "insert into report_flight (flight_id, touchpoint, carrier, flight_number, flight_date,"
            + " direction, port, terminal, gate, algorithm, expected, in_scope, photographed, matched, see_officer,"
            + " biometric_confirmed, biographic_confirmed)"
            + " with f as (select f.id, f.carrier, f.number, f.departure_date, f.direction, coalesce(f.departure_airport, '') airport,"
            + "   g.id gallery_id, coalesce(g.algorithm, '') algorithm from flight f left join gallery g on g.flight_id = f.id"
            + "   where f.id = any(?)),"
            + " t as (select flight_id, count(*) expected, count(*) filter (where in_scope) in_scope from traveler"
            + "   where flight_id = any(?) and status in ('EXPECTED', 'BOARDED') group by flight_id),"
            + " v as (select f.id flight_id, case when grouping(v.touchpoint) = 1 then '*' else v.touchpoint end touchpoint,"
            + "   mode() within group (order by v.port) port, mode() within group (order by coalesce(v.terminal, '')) terminal,"
            + "   mode() within group (order by coalesce(v.gate, '')) gate,"
            + "   count(distinct v.traveler_id) filter (where v.decision = 'MATCH')"
            + "     + count(*) filter (where v.decision = 'MATCH' and v.traveler_id is null) matched,"
            + "   count(*) filter (where v.instruction = 'SEE_OFFICER') see_officer"
            + "   from f join verification v on v.gallery_id = f.gallery_id group by grouping sets ((f.id, v.touchpoint), (f.id))),"
            + " c as (select t.flight_id, case when grouping(c.touchpoint) = 1 then '*' else coalesce(c.touchpoint, '') end touchpoint,"
            + "   count(*) filter (where c.confirmation = 'BIOMETRIC') biometric,"
            + "   count(*) filter (where c.confirmation = 'BIOGRAPHIC') biographic"
            + "   from traveler t join crossing c on c.traveler_id = t.id where t.flight_id = any(?) and t.in_scope"
            + "   group by grouping sets ((t.flight_id, c.touchpoint), (t.flight_id))),"
            + " k as (select id flight_id, '*' touchpoint from f union select flight_id, touchpoint from v)"
            + " select f.id, k.touchpoint, f.carrier, f.number, f.departure_date, f.direction, coalesce(v.port, f.airport),"
            + "   coalesce(v.terminal, ''), coalesce(v.gate, ''), f.algorithm, coalesce(t.expected, 0), coalesce(t.in_scope, 0),"
            + "   coalesce(v.matched, 0) + coalesce(v.see_officer, 0), coalesce(v.matched, 0), coalesce(v.see_officer, 0),"
            + "   coalesce(c.biometric, 0), coalesce(ca.biographic, 0)"
            + " from k join f on f.id = k.flight_id left join v on v.flight_id = k.flight_id and v.touchpoint = k.touchpoint"
            + " left join t on t.flight_id = k.flight_id left join c on c.flight_id = k.flight_id and c.touchpoint = k.touchpoint"
            + " left join c ca on ca.flight_id = k.flight_id and ca.touchpoint = '*'";

    private static final String DEMOGRAPHICS = "insert into report_demographic"
            + " with f as (select id, departure_date, coalesce(departure_airport, '') airport, carrier from flight where id = any(?)),"
            + " m as (select distinct v.traveler_id from gallery g join verification v on v.gallery_id = g.id"
            + "   where g.flight_id = any(?) and v.decision = 'MATCH' and v.traveler_id is not null),"
            + " b as (select distinct c.traveler_id from crossing c join traveler t on t.id = c.traveler_id"
            + "   where t.flight_id = any(?) and c.confirmation = 'BIOMETRIC')"
            + " select t.flight_id, f.departure_date, f.airport, f.carrier,"
            + "   case when x.age is null then 'unknown' when x.age < 14 then '0-13' when x.age < 18 then '14-17'"
            + "     when x.age < 30 then '18-29' when x.age < 45 then '30-44' when x.age < 60 then '45-59'"
            + "     when x.age < 80 then '60-79' else '80+' end,"
            + "   coalesce(t.sex, 'U'), coalesce(t.nationality, ''), t.us_citizen, count(*), count(m.traveler_id), count(b.traveler_id)"
            + " from traveler t join f on f.id = t.flight_id"
            + " cross join lateral (select date_part('year', age(f.departure_date, t.date_of_birth)) age) x"
            + " left join m on m.traveler_id = t.id left join b on b.traveler_id = t.id"
            + " where t.status in ('EXPECTED', 'BOARDED') group by 1, 2, 3, 4, 5, 6, 7, 8";

    private FlightSummaries() {
    }

    static void recompute(Connection c, List<UUID> flights) throws SQLException {
        if (flights.isEmpty()) {
            return;
        }
        Array ids = c.createArrayOf("uuid", flights.toArray());
        execute(c, "delete from report_flight where flight_id = any(?)", ids, 1);
        execute(c, "delete from report_demographic where flight_id = any(?)", ids, 1);
        execute(c, FLIGHTS, ids, 3);
        execute(c, DEMOGRAPHICS, ids, 3);
    }

    private static void execute(Connection c, String sql, Array ids, int times) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= times; i++) {
                ps.setArray(i, ids);
            }
            ps.executeUpdate();
        }
    }
}
