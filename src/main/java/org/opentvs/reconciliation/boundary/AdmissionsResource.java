package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.platform.boundary.JsonBody;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.reconciliation.entity.Admission;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;

/**
 * {@code POST /api/v1/admissions}: the arrival feed (stands in for I-94/ADIS): one admission, or
 * {@code {"admissions":[…]}} up to 5000. An admission with a known {@code id} is not stored twice.
 */
@Stateless
@Path("admissions")
@Produces(MediaType.APPLICATION_JSON)
public class AdmissionsResource {

    static final int MAX = 5000;
    private static final String INSERT = "insert into admission (id, identity_id, crossing_id, family_name, given_names, date_of_birth,"
            + " sex, nationality, document_number, document_country, class_of_admission, port, admitted_at, admit_until, source,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FEED', ?) on conflict (id) do nothing";

    @Inject
    CurrentConnection connection;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.HOLDINGS_FEED, Role.ADMIN})
    public Response receive(String body) throws SQLException {
        JsonBody json = JsonBody.parse(body, AdmissionJson.BODY);
        List<Admission> admissions = new ArrayList<>();
        if (json.has("admissions")) {
            List<JsonBody> items = json.objects("admissions");
            if (items.size() > MAX) {
                throw AdmissionJson.tooMany(MAX);
            }
            items.forEach(item -> admissions.add(AdmissionJson.read(item)));
        } else {
            admissions.add(AdmissionJson.read(json));
        }
        int stored = 0;
        Connection c = connection.get();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            Timestamp now = Timestamp.from(clock.now());
            for (Admission a : admissions) {
                int i = 1;
                ps.setObject(i++, a.id());
                ps.setObject(i++, a.identityId());
                ps.setObject(i++, a.crossingId());
                ps.setString(i++, a.person().familyName());
                ps.setString(i++, a.person().givenNames());
                ps.setDate(i++, Date.valueOf(a.person().dateOfBirth()));
                ps.setString(i++, a.sex());
                ps.setString(i++, a.person().nationality());
                ps.setString(i++, a.person().documentNumber());
                ps.setString(i++, a.person().documentCountry());
                ps.setString(i++, a.classOfAdmission());
                ps.setString(i++, a.port());
                ps.setTimestamp(i++, Timestamp.from(a.admittedAt()));
                ps.setDate(i++, a.admitUntil() == null ? null : Date.valueOf(a.admitUntil()));
                ps.setTimestamp(i, now);
                stored += ps.executeUpdate();
            }
        }
        audit.record(caller.get(), "CREATE", "admission", null, "received=" + admissions.size() + " stored=" + stored);
        JsonArrayBuilder ids = Json.createArrayBuilder();
        admissions.forEach(a -> ids.add(a.id().toString()));
        return Response.status(201).entity(Json.createObjectBuilder().add("received", admissions.size()).add("stored", stored)
                .add("duplicates", admissions.size() - stored).add("ids", ids).build().toString()).build();
    }
}
