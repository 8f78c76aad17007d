package org.opentvs.holdings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.opentvs.holdings.entity.HeldPerson;
import org.opentvs.platform.control.CurrentConnection;

/** Who holds a document (number and issuing country, exact): the latest enrolment wins, as in gallery linking. */
@Dependent
public class DocumentHolders {

    private static final String SQL = "select i.id, i.family_name, i.given_names, i.date_of_birth, i.nationality, i.us_citizen"
            + " from holding_document d join holding_identity i on i.id = d.identity_id"
            + " where d.number = ? and d.issuing_country = ? order by i.created_at desc limit 1";

    @Inject
    CurrentConnection connection;

    public Optional<HeldPerson> byDocument(String number, String issuingCountry) {
        try (PreparedStatement ps = connection.get().prepareStatement(SQL)) {
            ps.setString(1, number.trim().toUpperCase());
            ps.setString(2, issuingCountry.trim().toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new HeldPerson(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBoolean(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reference holdings unavailable", e);
        }
    }
}
