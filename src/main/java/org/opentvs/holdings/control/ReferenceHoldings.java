package org.opentvs.holdings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.holdings.entity.LinkQuery;
import org.opentvs.holdings.entity.ReferenceFace;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.platform.control.DataCipher;

/**
 * Set-based lookups for gallery building: a whole manifest is linked with one query by document and
 * one by name key, and its faces are read with one more, so a 500-traveler flight costs three reads.
 */
@Dependent
public class ReferenceHoldings {

    @Inject
    CurrentConnection connection;

    @Inject
    DataCipher cipher;

    /** Position in {@code queries} to the identity found for it; the latest enrolment wins. */
    public Map<Integer, UUID> link(List<LinkQuery> queries) {
        Map<Integer, UUID> found = new HashMap<>();
        Connection c = connection.get();
        try {
            Map<String, UUID> byDocument = byDocument(c, queries);
            List<String> nameKeys = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                for (LinkQuery.Document d : queries.get(i).documents()) {
                    UUID id = byDocument.get(d.number() + "|" + d.issuingCountry());
                    if (id != null) {
                        found.put(i, id);
                        break;
                    }
                }
                if (!found.containsKey(i)) {
                    nameKeys.add(queries.get(i).nameKey());
                }
            }
            Map<String, UUID> byName = nameKeys.isEmpty() ? Map.of() : byNameKey(c, nameKeys);
            for (int i = 0; i < queries.size(); i++) {
                if (!found.containsKey(i) && byName.containsKey(queries.get(i).nameKey())) {
                    found.put(i, byName.get(queries.get(i).nameKey()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("reference holdings unavailable", e);
        }
    }

    /** The decrypted reference templates of these identities for one algorithm. */
    public Map<UUID, List<ReferenceFace>> faces(Collection<UUID> identityIds, String algorithm) {
        return faces(identityIds, algorithm, null);
    }

    /** The decrypted templates of one algorithm (and version, when given) of these identities. */
    public Map<UUID, List<ReferenceFace>> faces(Collection<UUID> identityIds, String algorithm, String version) {
        Map<UUID, List<ReferenceFace>> faces = new HashMap<>();
        if (identityIds.isEmpty()) {
            return faces;
        }
        String sql = "select id, identity_id, template from holding_face where identity_id = any(?) and algorithm = ?"
                + " and template is not null" + (version == null ? "" : " and algorithm_version = ?");
        Connection c = connection.get();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", identityIds.toArray()));
            ps.setString(2, algorithm);
            if (version != null) {
                ps.setString(3, version);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID identity = rs.getObject(2, UUID.class);
                    float[] vector = CosineTemplate.decode(cipher.decrypt(rs.getBytes(3))).vector();
                    faces.computeIfAbsent(identity, k -> new ArrayList<>())
                            .add(new ReferenceFace(rs.getObject(1, UUID.class), identity, algorithm, vector));
                }
            }
            return faces;
        } catch (SQLException e) {
            throw new IllegalStateException("reference holdings unavailable", e);
        }
    }

    private static Map<String, UUID> byDocument(Connection c, List<LinkQuery> queries) throws SQLException {
        List<String> numbers = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        queries.forEach(q -> q.documents().forEach(d -> {
            numbers.add(d.number());
            countries.add(d.issuingCountry());
        }));
        Map<String, UUID> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        String sql = "select d.number, d.issuing_country, d.identity_id from holding_document d"
                + " join holding_identity i on i.id = d.identity_id"
                + " join unnest(?::varchar[], ?::varchar[]) as k(number, country) on d.number = k.number and d.issuing_country = k.country"
                + " order by i.created_at";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Array n = c.createArrayOf("varchar", numbers.toArray());
            Array k = c.createArrayOf("varchar", countries.toArray());
            ps.setArray(1, n);
            ps.setArray(2, k);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1) + "|" + rs.getString(2), rs.getObject(3, UUID.class));
                }
            }
        }
        return found;
    }

    private static Map<String, UUID> byNameKey(Connection c, List<String> nameKeys) throws SQLException {
        Map<String, UUID> found = new HashMap<>();
        String sql = "select name_key, id from holding_identity where name_key = any(?) order by created_at";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", nameKeys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }
        return found;
    }
}
