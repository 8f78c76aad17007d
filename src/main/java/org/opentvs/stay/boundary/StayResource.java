package org.opentvs.stay.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.boundary.ErrorBody;
import org.opentvs.platform.control.Clock;
import org.opentvs.platform.control.Sha256;
import org.opentvs.reconciliation.control.AdmitUntilPolicy;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.RequestQuota;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Role;
import org.opentvs.stay.control.StayRecords;
import org.opentvs.stay.control.StayRule;
import org.opentvs.stay.entity.DocumentKey;
import org.opentvs.stay.entity.StayRecord;

/**
 * {@code GET /api/v1/stay?document=&country=&dateOfBirth=}: the traveler app's stay calculator.
 * Answers about the latest admission of whoever holds that document and was born that day; a
 * wrong date of birth is answered exactly as an unknown document (404 {@code NO_RECORD}). Rate
 * limited per client and per document (429 {@code TOO_MANY_REQUESTS} with Retry-After); every
 * answer is audited.
 */
@Stateless
@Path("stay")
@Produces(MediaType.APPLICATION_JSON)
public class StayResource {

    static final String NO_RECORD = "No admission is on record for this document and date of birth";

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    StayRecords records;

    @Inject
    Clock clock;

    @GET
    @Roles(Role.TRAVELER_APP)
    public Response stay(@QueryParam("document") String document, @QueryParam("country") String country,
            @QueryParam("dateOfBirth") String dateOfBirth) throws SQLException {
        Caller who = caller.get();
        Config config = ConfigProvider.getConfig();
        limit("client", who.id(), config, "opentvs.stay.client-requests", 300, "opentvs.stay.client-window-seconds", 60);
        LocalDate today = clock.now().atZone(ZoneOffset.UTC).toLocalDate();
        DocumentKey key = DocumentKeys.fromQuery(document, country, dateOfBirth, today);
        limit("document", Sha256.hex(key.country() + ":" + key.number()), config, "opentvs.stay.document-requests", 10,
                "opentvs.stay.document-window-seconds", 3600);
        List<StayRecord> stays = records.find(List.of(key), true).get(0).stays();
        var answer = new StayRule(AdmitUntilPolicy.configuredVisaWaiverClasses()).answer(stays, today);
        if (answer.isEmpty()) {
            audit.record(who, "READ", "stay", null, "found=false");
            return ErrorBody.response(404, "NO_RECORD", NO_RECORD);
        }
        audit.record(who, "READ", "stay", stays.get(stays.size() - 1).admissionId(), "found=true");
        return Response.ok(StayReply.of(answer.get(), today)).build();
    }

    private static void limit(String kind, String key, Config config, String countKey, int count, String windowKey, int seconds) {
        int allowance = config.getOptionalValue(countKey, Integer.class).orElse(count);
        Duration window = Duration.ofSeconds(config.getOptionalValue(windowKey, Integer.class).orElse(seconds));
        RequestQuota.Verdict v = RequestQuota.shared().take("stay-" + kind, key, allowance, window);
        if (!v.allowed()) {
            throw new ApiException(429, "TOO_MANY_REQUESTS", "Too many stay requests for this " + kind + "; retry after "
                    + v.retryAfterSeconds() + " s", Map.of("limit", kind, "retryAfterSeconds", v.retryAfterSeconds()));
        }
    }
}
