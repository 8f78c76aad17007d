package org.opentvs.gallery.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.gallery.control.GalleryIndex;
import org.opentvs.gallery.control.GalleryRows;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.gallery.entity.GalleryKind;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.platform.control.DataCipher;

/**
 * At startup, reloads every READY gallery from PostgreSQL into memory; readiness waits for it. In a
 * data grid it first listens for the galleries other nodes build or close and reloads each from
 * PostgreSQL (a message that arrives during the startup load waits for it: this singleton serves one
 * call at a time).
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GalleryLoader {

    private static final Logger LOG = Logger.getLogger(GalleryLoader.class.getName());

    private record Header(UUID id, GalleryKind kind, String carrier, String number, LocalDate date, String port, String algorithm,
            int expected) {
    }

    @Resource(lookup = "jdbc/opentvs")
    DataSource dataSource;

    @Inject
    GalleryIndex index;

    @Inject
    DataCipher cipher;

    @Inject
    GalleryReplication replication;

    @PostConstruct
    void load() {
        replication.listen();
        long started = System.nanoTime();
        int rows = 0;
        try (Connection c = dataSource.getConnection()) {
            Map<UUID, Header> headers = headers(c, null);
            Map<UUID, GalleryRows> members = members(c, null);
            for (Header h : headers.values()) {
                GalleryRows r = members.getOrDefault(h.id(), new GalleryRows());
                rows += r.size();
                index.put(new LoadedGallery(h.id(), h.kind(), h.carrier(), h.number(), h.date(), h.port(), h.algorithm(), h.expected(),
                        r.matrix()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("galleries could not be loaded", e);
        }
        index.markLoaded();
        long millis = (System.nanoTime() - started) / 1_000_000;
        int total = rows;
        LOG.info(() -> "Loaded " + index.size() + " ready galleries (" + total + " reference rows) in " + millis + " ms");
    }

    /** Brings one gallery in memory to what PostgreSQL holds now: the READY one in, any other out. */
    public void reload(UUID galleryId) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Header h = headers(c, galleryId).get(galleryId);
            if (h == null) {
                index.remove(galleryId);
                LOG.info(() -> "Gallery " + galleryId + " left this node's memory (built elsewhere in the data grid)");
                return;
            }
            GalleryRows r = members(c, galleryId).getOrDefault(galleryId, new GalleryRows());
            index.put(new LoadedGallery(h.id(), h.kind(), h.carrier(), h.number(), h.date(), h.port(), h.algorithm(), h.expected(),
                    r.matrix()));
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Gallery " + galleryId + " (" + r.size() + " reference rows) loaded from the data grid's notice in " + millis
                    + " ms");
        } catch (SQLException e) {
            throw new IllegalStateException("gallery " + galleryId + " could not be loaded", e);
        }
    }

    private static Map<UUID, Header> headers(Connection c, UUID only) throws SQLException {
        Map<UUID, Header> headers = new LinkedHashMap<>();
        String sql = "select g.id, g.kind, g.carrier, g.flight_number, g.departure_date, g.port, g.algorithm, g.expected"
                + " from gallery g where g.status = 'READY'" + (only == null ? "" : " and g.id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (only != null) {
                ps.setObject(1, only);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    LocalDate date = rs.getObject(5, LocalDate.class);
                    headers.put(id, new Header(id, GalleryKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), date,
                            rs.getString(6), rs.getString(7), rs.getInt(8)));
                }
            }
        }
        return headers;
    }

    private float[] vector(byte[] sealed) {
        try {
            return CosineTemplate.decode(cipher.decrypt(sealed)).vector();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private Map<UUID, GalleryRows> members(Connection c, UUID only) throws SQLException {
        Map<UUID, GalleryRows> rows = new LinkedHashMap<>();
        int unreadable = 0;
        String sql = "select m.gallery_id, m.member_id, m.face_id, m.reference, m.us_citizen, m.in_scope, f.template"
                + " from gallery_member m join gallery g on g.id = m.gallery_id join holding_face f on f.id = m.face_id"
                + " where g.status = 'READY'" + (only == null ? "" : " and g.id = ?") + " order by m.gallery_id, m.member_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (only != null) {
                ps.setObject(1, only);
            }
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    GalleryMember member = new GalleryMember(rs.getObject(2, UUID.class), rs.getString(4), rs.getBoolean(5),
                            rs.getBoolean(6));
                    float[] vector = vector(rs.getBytes(7));
                    if (vector == null) {
                        unreadable++;
                        continue;
                    }
                    rows.computeIfAbsent(rs.getObject(1, UUID.class), k -> new GalleryRows()).add(member, rs.getObject(3, UUID.class),
                            vector);
                }
            }
        }
        if (unreadable > 0) {
            // a wrong data key or a damaged row must not keep every other gallery out of service
            int skipped = unreadable;
            LOG.severe(() -> skipped + " gallery reference(s) could not be decrypted or decoded and were left out"
                    + " (check OPENTVS_DATA_KEY); those travelers are searched as without reference");
        }
        return rows;
    }
}
