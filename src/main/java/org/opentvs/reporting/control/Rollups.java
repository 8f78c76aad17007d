package org.opentvs.reporting.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes the summary tables for a window of whole UTC hours (days for devices), set-based:
 * delete the window's rows, insert them again from the verifications, then recompute every flight
 * the window touched. Plain JDBC on the caller's connection, so the server (in its transaction) and
 * the benchmark run the same statements. Idempotent: rolling a window twice gives the same rows.
 */
public final class Rollups {

    public record Result(Instant from, Instant to, int hourRows, int flights) {
    }

    private static final String HOURS = "insert into report_hour select date_trunc('hour', at, 'UTC'), port,"
            + " coalesce(terminal, ''), coalesce(gate, ''), touchpoint, coalesce(carrier, ''), coalesce(flight_number, ''),"
            + " flight_date, coalesce(algorithm, ''), count(*), count(*) filter (where decision = 'MATCH'),"
            + " count(*) filter (where decision = 'NO_MATCH'), count(*) filter (where decision = 'CAPTURE_FAILED'),"
            + " count(*) filter (where instruction = 'SEE_OFFICER'), count(*) filter (where us_citizen),"
            + " coalesce(algorithm_version, ''), count(face_inter_eye), coalesce(sum(face_inter_eye), 0), coalesce(sum(face_sharpness), 0)"
            + " from verification where at >= ? and at < ? group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 16";

    private static final String LATENCY = "insert into report_latency select date_trunc('hour', at, 'UTC'), port, touchpoint,"
            + " least(255, floor(8 * ln(greatest(elapsed_micros, 1)::float8) / ln(2.0)))::smallint, count(*)"
            + " from verification where at >= ? and at < ? group by 1, 2, 3, 4";

    private static final String DEVICES = "insert into report_device_day select (at at time zone 'UTC')::date, device_id,"
            + " coalesce(device_type, ''), coalesce(device_make, ''), coalesce(device_model, ''), port, count(*),"
            + " count(*) filter (where decision = 'CAPTURE_FAILED'), coalesce(sum(capture_quality), 0),"
            + " count(capture_quality), max(at), count(face_inter_eye), coalesce(sum(face_inter_eye), 0),"
            + " coalesce(sum(face_sharpness), 0), count(*) filter (where capture_failure in ('NO_FACE', 'MULTIPLE_FACES')),"
            + " count(*) filter (where capture_failure in ('FACE_TOO_SMALL', 'FACE_TURNED', 'FACE_BLURRED'))"
            + " from verification where at >= ? and at < ? group by 1, 2, 3, 4, 5, 6";

    private static final String TOUCHED = "select g.flight_id from verification v join gallery g on g.id = v.gallery_id"
            + " where v.at >= ? and v.at < ? and g.flight_id is not null"
            + " union select id from flight where created_at >= ? and created_at < ?"
            + " union select id from flight where closed_at >= ? and closed_at < ?";

    private Rollups() {
    }

    /** Rolls [from, to) widened to whole hours (devices: whole days). */
    public static Result roll(Connection c, Instant from, Instant to) throws SQLException {
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        Instant end = to.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        int hours = replace(c, "delete from report_hour where hour >= ? and hour < ?", HOURS, start, end);
        replace(c, "delete from report_latency where hour >= ? and hour < ?", LATENCY, start, end);
        Instant dayStart = start.truncatedTo(ChronoUnit.DAYS);
        Instant dayEnd = end.minusNanos(1).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        try (PreparedStatement d = c.prepareStatement("delete from report_device_day where day >= ? and day < ?")) {
            d.setObject(1, LocalDate.ofInstant(dayStart, ZoneOffset.UTC));
            d.setObject(2, LocalDate.ofInstant(dayEnd, ZoneOffset.UTC));
            d.executeUpdate();
        }
        try (PreparedStatement i = c.prepareStatement(DEVICES)) {
            bindWindow(i, 1, dayStart, dayEnd);
            i.executeUpdate();
        }
        List<UUID> flights = touchedFlights(c, start, end);
        for (int i = 0; i < flights.size(); i += 500) {
            FlightSummaries.recompute(c, flights.subList(i, Math.min(flights.size(), i + 500)));
        }
        return new Result(start, end, hours, flights.size());
    }

    private static int replace(Connection c, String delete, String insert, Instant start, Instant end) throws SQLException {
        try (PreparedStatement d = c.prepareStatement(delete); PreparedStatement i = c.prepareStatement(insert)) {
            bindWindow(d, 1, start, end);
            d.executeUpdate();
            bindWindow(i, 1, start, end);
            return i.executeUpdate();
        }
    }

    private static List<UUID> touchedFlights(Connection c, Instant start, Instant end) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(TOUCHED)) {
            for (int p = 1; p <= 5; p += 2) {
                bindWindow(ps, p, start, end);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    static void bindWindow(PreparedStatement ps, int first, Instant start, Instant end) throws SQLException {
        ps.setObject(first, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
        ps.setObject(first + 1, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
    }
}
