package org.opentvs.gallery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.biometric.control.InScopeAge;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;

/**
 * Who a land port's standing gallery expects: people enrolled in a frequent-crosser programme for
 * the port, and people who crossed there recently (biometrically confirmed crossings), within the
 * in-scope age range today.
 */
@Dependent
public class PortCrossers {

    private static final String SQL = "select i.id, i.us_citizen, i.date_of_birth from holding_identity i where i.id in ("
            + " select identity_id from holding_port where port = ?"
            + " union select identity_id from crossing where port = ? and identity_id is not null and occurred_at >= ?)";

    @Inject
    CurrentConnection connection;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "opentvs.port-gallery.history-days", defaultValue = "90")
    int historyDays;

    @Inject
    InScopeAge ages;

    public List<GalleryMember> of(String port) {
        List<GalleryMember> members = new ArrayList<>();
        LocalDate today = LocalDate.now();
        Connection c = connection.get();
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, port);
            ps.setString(2, port);
            ps.setTimestamp(3, Timestamp.from(clock.now().minus(Duration.ofDays(historyDays))));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean citizen = rs.getBoolean(2);
                    LocalDate born = rs.getObject(3, LocalDate.class);
                    if (ages.covers(born, today)) { // outside the age range nobody is searchable, citizen or not
                        members.add(new GalleryMember(rs.getObject(1, UUID.class), null, citizen, !citizen));
                    }
                }
            }
            return members;
        } catch (SQLException e) {
            throw new IllegalStateException("port crossers unavailable", e);
        }
    }
}
