package org.opentvs.departure.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentvs.departure.entity.GeoPoint;
import org.opentvs.departure.entity.PortLocation;

/** The port locations as the migration seeds them, read from its SQL (so the tests check the shipped data). */
final class SeededPorts {

    private static final Pattern ROW = Pattern.compile("\\('([^']+)', '([^']+)', '((?:[^']|'')+)', '(LAND|AIRPORT)', '([A-Z]{3})',"
            + " (-?[0-9.]+), (-?[0-9.]+), '[A-Z0-9_]+',\\s*'\\{([^}]*)\\}', '\\{([^}]*)\\}'\\)");

    private SeededPorts() {
    }

    static List<PortLocation> all() {
        String sql;
        try {
            sql = Files.readString(Path.of("db-migrations/V0089__self_reported_departures.sql"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<PortLocation> ports = new ArrayList<>();
        Matcher m = ROW.matcher(sql);
        while (m.find()) {
            String[] lats = m.group(8).split(",");
            String[] lons = m.group(9).split(",");
            List<GeoPoint> border = new ArrayList<>();
            for (int i = 0; i < lats.length; i++) {
                border.add(new GeoPoint(Double.parseDouble(lats[i]), Double.parseDouble(lons[i])));
            }
            ports.add(new PortLocation(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                    new GeoPoint(Double.parseDouble(m.group(6)), Double.parseDouble(m.group(7))), border));
        }
        return ports;
    }

    static List<PortLocation> of(String kind) {
        return all().stream().filter(p -> p.kind().equals(kind)).toList();
    }
}
