package org.opentvs.verification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.AuditLog;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.ScopePolicy;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;
import org.opentvs.verification.control.VerificationCapacity;
import org.opentvs.verification.entity.VerificationRequest;

/** {@code POST /api/v1/verifications}: the touchpoint call. */
@RequestScoped
@Path("verifications")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationsResource {

    @Inject
    TouchpointVerification verification;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    VerificationCapacity capacity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles({Role.CAPTURE_DEVICE, Role.ADMIN})
    public Response verify(TouchpointRequest body) {
        long started = System.nanoTime();
        VerificationRequest request = VerificationRequests.parse(body);
        requireScope(request, caller.get());
        if (!capacity.enter()) {
            throw new ApiException(503, "OVERLOADED", "The service is at capacity; retry in a moment",
                    java.util.Map.of("retryAfterSeconds", 1));
        }
        try {
            return Response.ok(verification.verify(request, caller.get(), started)).build();
        } finally {
            capacity.leave();
        }
    }

    private void requireScope(VerificationRequest request, Caller who) {
        String port = request.location().port();
        String carrier = request.flight() == null ? null : request.flight().carrier();
        ScopePolicy policy = ScopePolicy.of(who);
        boolean portOk = policy.coversPort(port);
        boolean carrierOk = carrier == null || policy.coversCarrier(carrier);
        if (!portOk || !carrierOk) {
            String what = !portOk ? "port " + port : "carrier " + carrier;
            audit.refused(who, "verification", null, request.touchpoint() + " at " + what + " outside scope");
            throw ApiException.forbidden("The " + what + " is outside this device's scope");
        }
    }
}
