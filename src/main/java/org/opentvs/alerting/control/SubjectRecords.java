package org.opentvs.alerting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import org.opentvs.holdings.control.IdentityRecords;
import org.opentvs.manifest.control.TravelerRecords;

/**
 * The record an alert links to: the manifest traveler (with flight and documents) or the holdings identity, asked of
 * their owners' published queries (manifest's {@link TravelerRecords}, holdings' {@link IdentityRecords}).
 */
@Dependent
public class SubjectRecords {

    @Inject
    TravelerRecords travelers;

    @Inject
    IdentityRecords identities;

    public SubjectRecord record(UUID id) {
        TravelerRecords.Subject traveler = travelers.subject(id).orElse(null);
        if (traveler != null) {
            TravelerRecords.Person t = traveler.person();
            var f = traveler.flight();
            return new SubjectRecord(id.toString(), "TRAVELER", str(t.familyName()), str(t.givenNames()), str(t.dateOfBirth()),
                    str(traveler.sex()), str(t.nationality()), str(traveler.reference()), str(traveler.seat()), str(traveler.status()),
                    new SubjectRecord.Flight(str(f.carrier()), str(f.number()), str(f.date()), str(f.departureAirport()),
                            str(f.arrivalAirport())),
                    t.documents().stream().map(d -> new SubjectRecord.Document(str(d.type()), str(d.number()), str(d.issuingCountry())))
                            .toList());
        }
        IdentityRecords.Identity i = identities.one(id).orElse(null);
        if (i == null) {
            return null;
        }
        return new SubjectRecord(id.toString(), "IDENTITY", str(i.familyName()), str(i.givenNames()), str(i.dateOfBirth()), str(i.sex()),
                str(i.nationality()), null, null, null, null,
                i.documents().stream().map(d -> new SubjectRecord.Document(str(d.type()), str(d.number()), str(d.issuingCountry())))
                        .toList());
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }
}
