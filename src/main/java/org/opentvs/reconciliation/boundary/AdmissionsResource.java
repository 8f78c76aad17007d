package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.platform.control.Clock;
import org.opentvs.reconciliation.control.FedAdmissions;
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
    @Inject
    FedAdmissions fed;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.HOLDINGS_FEED, Role.ADMIN})
    public Response receive(AdmissionFeed body) throws SQLException {
        List<AdmissionRequest> items = AdmissionJson.admissions(body);
        if (items.size() > MAX) {
            throw AdmissionJson.tooMany(MAX);
        }
        List<Admission> admissions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            admissions.add(AdmissionJson.read(items.get(i), body.admissions() == null ? "" : "admissions[" + i + "]."));
        }
        int stored = fed.store(admissions, clock.now());
        audit.record(caller.get(), "CREATE", "admission", null, "received=" + admissions.size() + " stored=" + stored);
        return Response.status(201).entity(AdmissionsReply.of(admissions, stored)).build();
    }
}
