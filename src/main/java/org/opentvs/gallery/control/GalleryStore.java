package org.opentvs.gallery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.opentvs.gallery.entity.Gallery;
import org.opentvs.gallery.entity.GalleryKind;
import org.opentvs.gallery.entity.GalleryMember;
import org.opentvs.gallery.entity.GalleryRequest;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;

/** Gallery rows in PostgreSQL: one gallery per flight, members written set-wise in one statement. */
@Dependent
public class GalleryStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentConnection connection;

    @Inject
    Clock clock;

    /** The flight's gallery, created if new, locked so concurrent rebuilds of one flight queue up. */
    public Gallery forFlight(GalleryRequest request) {
        em.createNativeQuery("insert into gallery (id, kind, flight_id, status, created_at, carrier, flight_number, departure_date,"
                + " departure_airport, arrival_airport) values (?, ?, ?, 'BUILDING', ?, ?, ?, ?, ?, ?)"
                + " on conflict (flight_id) do update set departure_airport = excluded.departure_airport,"
                + " arrival_airport = excluded.arrival_airport")
                .setParameter(1, UUID.randomUUID()).setParameter(2, request.kind().name()).setParameter(3, request.flightId())
                .setParameter(4, Timestamp.from(clock.now())).setParameter(5, request.carrier()).setParameter(6, request.number())
                .setParameter(7, request.date()).setParameter(8, request.departureAirport())
                .setParameter(9, request.arrivalAirport()).executeUpdate();
        return em.createQuery("select g from Gallery g where g.flightId = :f", Gallery.class).setParameter("f", request.flightId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    /** The port's standing gallery, created if new, locked while it is rebuilt. */
    public Gallery forPort(String port) {
        em.createNativeQuery("insert into gallery (id, kind, port, status, created_at) values (?, 'LAND_PORT', ?, 'BUILDING', ?)"
                + " on conflict (port) where kind = 'LAND_PORT' do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, port).setParameter(3, Timestamp.from(clock.now())).executeUpdate();
        return em.createQuery("select g from Gallery g where g.port = :p and g.kind = :k", Gallery.class).setParameter("p", port)
                .setParameter("k", GalleryKind.LAND_PORT).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    public Gallery find(UUID id) {
        return em.find(Gallery.class, id);
    }

    public void replaceMembers(UUID galleryId, GalleryRows rows) {
        List<GalleryMember> members = rows.members();
        UUID[] travelers = members.stream().map(GalleryMember::travelerId).toArray(UUID[]::new);
        String[] references = members.stream().map(GalleryMember::reference).toArray(String[]::new);
        Boolean[] citizens = members.stream().map(GalleryMember::usCitizen).toArray(Boolean[]::new);
        Boolean[] inScope = members.stream().map(GalleryMember::inScope).toArray(Boolean[]::new);
        Connection c = connection.get();
        try {
            try (PreparedStatement delete = c.prepareStatement("delete from gallery_member where gallery_id = ?")) {
                delete.setObject(1, galleryId);
                delete.executeUpdate();
            }
            if (members.isEmpty()) {
                return;
            }
            String sql = "insert into gallery_member (gallery_id, member_id, face_id, reference, us_citizen, in_scope)"
                    + " select ?, t, f, r, u, s from unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::boolean[], ?::boolean[]) as x(t, f, r, u, s)"
                    + " on conflict do nothing";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                insert.setObject(1, galleryId);
                insert.setArray(2, c.createArrayOf("uuid", travelers));
                insert.setArray(3, c.createArrayOf("uuid", rows.faces().toArray()));
                insert.setArray(4, c.createArrayOf("varchar", references));
                insert.setArray(5, c.createArrayOf("boolean", citizens));
                insert.setArray(6, c.createArrayOf("boolean", inScope));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("gallery members could not be stored", e);
        }
    }
}
