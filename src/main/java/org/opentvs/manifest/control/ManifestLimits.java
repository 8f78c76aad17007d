package org.opentvs.manifest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.manifest.control.paxlst.ParsedDocument;
import org.opentvs.manifest.control.paxlst.ParsedInterchange;
import org.opentvs.manifest.control.paxlst.ParsedLeg;
import org.opentvs.manifest.control.paxlst.ParsedMessage;
import org.opentvs.manifest.control.paxlst.ParsedTraveler;
import org.opentvs.manifest.control.paxlst.PaxlstException;
import org.opentvs.platform.control.FieldLimit;
import org.opentvs.platform.control.StorableTime;

/**
 * What a parsed interchange must fit before any of it is written: every field within the limit of
 * its column ({@link FieldLimit}), every date within years 0001 to 9999, and at most
 * {@code opentvs.manifest.max-travelers} travelers per message. A refusal names the segment, the
 * field and the traveler's position, never its value.
 */
@ApplicationScoped
public class ManifestLimits {

    /** A message with more travelers than allowed; quarantined as {@code TOO_MANY_TRAVELERS}. */
    public static final class TooManyTravelers extends Exception {

        private static final long serialVersionUID = 1L;

        TooManyTravelers(int travelers, int max) {
            super("The message lists " + travelers + " travelers; at most " + max + " are accepted per message"
                    + " (opentvs.manifest.max-travelers): send the list in parts");
        }
    }

    @Inject
    @ConfigProperty(name = "opentvs.manifest.max-travelers", defaultValue = "10000")
    int maxTravelers;

    public void check(ParsedInterchange interchange) throws PaxlstException, TooManyTravelers {
        for (ParsedMessage m : interchange.messages()) {
            if (m.travelers().size() > maxTravelers) {
                throw new TooManyTravelers(m.travelers().size(), maxTravelers);
            }
            check(m);
        }
    }

    static void check(ParsedMessage m) throws PaxlstException {
        fits("UNH", "message reference", m.messageReference(), FieldLimit.MESSAGE_REFERENCE);
        fits("UNH", "message type", m.messageType(), FieldLimit.MESSAGE_TYPE);
        fits("UNH", "common access reference", m.commonAccessReference(), FieldLimit.COMMON_ACCESS_REFERENCE);
        fits("BGM", "document code", m.documentCode(), FieldLimit.DOCUMENT_CODE);
        fits("BGM", "document qualifier", m.documentQualifier(), FieldLimit.DOCUMENT_QUALIFIER);
        for (ParsedLeg leg : m.legs()) {
            fits("TDT", "carrier", leg.carrier(), FieldLimit.CARRIER);
            fits("TDT", "flight number", leg.flightNumber(), FieldLimit.FLIGHT_NUMBER);
            fits("LOC", "departure airport", leg.departureAirport(), FieldLimit.LOCATION);
            fits("LOC", "arrival airport", leg.arrivalAirport(), FieldLimit.LOCATION);
            storable("DTM", "scheduled departure", leg.departureLocal());
            storable("DTM", "scheduled arrival", leg.arrivalLocal());
        }
        int position = 0;
        for (ParsedTraveler t : m.travelers()) {
            check(t, ++position);
        }
    }

    private static void check(ParsedTraveler t, int position) throws PaxlstException {
        String who = "traveler " + position + " ";
        fits("NAD", who + "family name", t.familyName(), FieldLimit.FAMILY_NAME);
        fits("NAD", who + "given names", t.givenNames(), FieldLimit.GIVEN_NAMES);
        fits("ATT", who + "sex", t.sex(), FieldLimit.SEX);
        fits("NAT", who + "nationality", t.nationality(), FieldLimit.COUNTRY);
        fits("LOC", who + "country of residence", t.residenceCountry(), FieldLimit.COUNTRY);
        fits("LOC", who + "place of birth", t.birthPlace(), FieldLimit.PLACE);
        fits("LOC", who + "embarkation", t.embarkation(), FieldLimit.LOCATION);
        fits("LOC", who + "debarkation", t.debarkation(), FieldLimit.LOCATION);
        fits("RFF", who + "reference", t.reference(), FieldLimit.TRAVELER_REFERENCE);
        fits("RFF", who + "reservation", t.reservation(), FieldLimit.RESERVATION);
        fits("RFF", who + "seat", t.seat(), FieldLimit.SEAT);
        storable("DTM", who + "date of birth", t.dateOfBirth());
        for (ParsedDocument d : t.documents()) {
            fits("DOC", who + "document type", d.type(), FieldLimit.DOCUMENT_TYPE);
            fits("DOC", who + "document number", d.number(), FieldLimit.DOCUMENT_NUMBER);
            fits("LOC", who + "document issuing country", d.issuingCountry(), FieldLimit.COUNTRY);
            storable("DTM", who + "document expiry", d.expiry());
            storable("DTM", who + "document issue date", d.issued());
        }
    }

    private static void fits(String segment, String field, String value, FieldLimit limit) throws PaxlstException {
        if (value != null && value.length() > limit.maxLength()) {
            throw new PaxlstException("the " + field + " has " + value.length() + " characters; at most " + limit.maxLength()
                    + " are accepted", segment, 0);
        }
        if (value != null && value.indexOf('\0') >= 0) {
            throw new PaxlstException("the " + field + " contains a NUL character", segment, 0);
        }
    }

    private static void storable(String segment, String field, LocalDate date) throws PaxlstException {
        if (!StorableTime.storable(date)) {
            throw new PaxlstException("the " + field + " is outside years 0001 to 9999", segment, 0);
        }
    }

    private static void storable(String segment, String field, LocalDateTime time) throws PaxlstException {
        storable(segment, field, time == null ? null : time.toLocalDate());
    }
}
