package org.opentvs.departure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.departure.entity.GeoPoint;
import org.opentvs.departure.entity.PortLocation;
import org.opentvs.departure.entity.PositionVerdict;

/**
 * The ports a traveler may self-report at ({@code port_location}, read once per deployment) and the
 * position rule with its configured limits.
 */
@ApplicationScoped
public class PortGeography {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "opentvs.self-report.max-distance-km", defaultValue = "5")
    double maxDistanceKm;

    @Inject
    @ConfigProperty(name = "opentvs.self-report.max-accuracy-m", defaultValue = "250")
    double maxAccuracyMeters;

    @Inject
    @ConfigProperty(name = "opentvs.self-report.border-margin-m", defaultValue = "100")
    double marginMeters;

    private volatile List<PortLocation> ports;

    /** The position rule over the ports of one kind ({@code LAND} or {@code AIRPORT}). */
    public PositionVerdict judge(GeoPoint position, double accuracyMeters, String kind) {
        List<PortLocation> candidates = ports().stream().filter(p -> p.kind().equals(kind)).toList();
        return new PositionRule(maxDistanceKm * 1000, maxAccuracyMeters, marginMeters).judge(candidates, position, accuracyMeters);
    }

    public List<PortLocation> ports() {
        List<PortLocation> loaded = ports;
        if (loaded == null) {
            loaded = ports = load();
        }
        return loaded;
    }

    private List<PortLocation> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, port, name, kind, foreign_country, latitude, longitude,"
                + " array_to_string(border_lat, ','), array_to_string(border_lon, ',') from port_location order by code").getResultList();
        List<PortLocation> found = new ArrayList<>();
        for (Object[] r : rows) {
            double[] lats = doubles(r[7]);
            double[] lons = doubles(r[8]);
            List<GeoPoint> border = new ArrayList<>();
            for (int i = 0; i < lats.length; i++) {
                border.add(new GeoPoint(lats[i], lons[i]));
            }
            found.add(new PortLocation((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    new GeoPoint(((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue()), border));
        }
        return List.copyOf(found);
    }

    private static double[] doubles(Object csv) {
        String[] parts = csv.toString().split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }
}
