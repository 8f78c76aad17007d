package org.opentvs.stay.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.Clock;
import org.opentvs.reconciliation.control.AdmitUntilPolicy;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Role;
import org.opentvs.stay.control.BoardingRule;
import org.opentvs.stay.control.FlightTravelers;
import org.opentvs.stay.control.StayRecords;
import org.opentvs.stay.control.StayRule;
import org.opentvs.stay.entity.BoardingAnswer;
import org.opentvs.stay.entity.DocumentKey;

/**
 * {@code POST /api/v1/carriers/boarding-checks}: for each traveler a carrier names on one of its own
 * flights (carrier scope, {@code ScopePolicy}), whether a record of lawful presence and departure
 * authorization exists ({@link BoardingRule}). The answer carries the carrier's own flight, each
 * traveler's position and the carrier's reference when it sent one, and YES / NO / UNKNOWN: nothing
 * else, nothing the carrier did not send. At most {@value #MAX} travelers per request; audited.
 */
@Stateless
@Path("carriers/boarding-checks")
@Produces(MediaType.APPLICATION_JSON)
public class BoardingChecksResource {

    static final int MAX = 1000;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    FlightTravelers flights;

    @Inject
    StayRecords records;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Roles(Role.MANIFEST_SUBMITTER)
    public BoardingCheckReply check(BoardingCheckRequest body) throws SQLException {
        String carrier = body.flight().carrier().toUpperCase(Locale.ROOT);
        caller.requireCarrier(carrier);
        String number = body.flight().number().toUpperCase(Locale.ROOT);
        LocalDate date = body.flight().date();
        List<BoardingCheckRequest.Traveler> travelers = body.travelers();
        if (travelers.isEmpty()) {
            throw new ApiException(422, "INVALID_FIELD", "Field 'travelers' must name at least one traveler", Map.of("field", "travelers"));
        }
        if (travelers.size() > MAX) {
            throw new ApiException(413, "TOO_MANY_TRAVELERS", "At most " + MAX + " travelers per boarding check", Map.of("max", MAX));
        }
        LocalDate today = clock.now().atZone(ZoneOffset.UTC).toLocalDate();
        List<DocumentKey> keys = new ArrayList<>();
        for (int i = 0; i < travelers.size(); i++) {
            BoardingCheckRequest.Traveler t = travelers.get(i);
            keys.add(DocumentKeys.of(t.documentNumber(), t.documentCountry(), t.dateOfBirth(), today, "travelers[" + i + "].dateOfBirth"));
        }
        FlightTravelers.Flight known = flights.flight(carrier, number, date)
                .orElseThrow(() -> new ApiException(404, "FLIGHT_NOT_FOUND", "No manifest of this flight has been received", null));
        List<FlightTravelers.OnManifest> manifest = flights.onManifest(known.id(), keys, blockingCategories());
        List<StayRecords.Found> found = records.find(keys, true);
        StayRule rule = new StayRule(AdmitUntilPolicy.configuredVisaWaiverClasses());
        Map<BoardingAnswer, Integer> counts = new EnumMap<>(BoardingAnswer.class);
        List<BoardingCheckReply.Result> results = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            FlightTravelers.OnManifest on = manifest.get(i);
            BoardingRule.Facts facts = on == null
                    ? new BoardingRule.Facts(false, false, false, Optional.empty())
                    : new BoardingRule.Facts(true, on.usCitizen(), on.blockingHit(), rule.answer(found.get(i).stays(), date));
            BoardingAnswer answer = BoardingRule.decide(known.outbound(), facts);
            counts.merge(answer, 1, Integer::sum);
            results.add(BoardingCheckReply.Result.of(i, travelers.get(i).reference(), answer));
        }
        audit.record(caller.get(), "READ", "boarding-check", known.id(), "travelers=" + keys.size() + " yes="
                + counts.getOrDefault(BoardingAnswer.YES, 0) + " no=" + counts.getOrDefault(BoardingAnswer.NO, 0)
                + " unknown=" + counts.getOrDefault(BoardingAnswer.UNKNOWN, 0));
        return new BoardingCheckReply(new BoardingCheckReply.Flight(carrier, number, date), results, BoardingCheckReply.Counts.of(counts));
    }

    /** Watch-list categories whose validated hit answers NO ({@code opentvs.boarding.blocking-categories}, default TERRORISM). */
    static Set<String> blockingCategories() {
        String csv = ConfigProvider.getConfig().getOptionalValue("opentvs.boarding.blocking-categories", String.class).orElse("TERRORISM");
        return org.opentvs.security.entity.Scope.parse(csv.toUpperCase());
    }
}
