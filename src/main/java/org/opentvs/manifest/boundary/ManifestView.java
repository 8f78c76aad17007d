package org.opentvs.manifest.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.opentvs.manifest.control.ManifestReceipt;
import org.opentvs.manifest.entity.Flight;
import org.opentvs.manifest.entity.Manifest;
import org.opentvs.manifest.entity.Traveler;
import org.opentvs.manifest.entity.TravelerDocument;

/**
 * A manifest as {@code GET /api/v1/manifests/{id}} shows it: the flight, the part, and the flight's
 * travelers with their documents; {@code declaredTotal} and {@code warnings} only when the message had them.
 */
@JsonbPropertyOrder({"id", "kind", "flight", "direction", "part", "receivedAt", "travelersInMessage", "travelers", "declaredTotal",
        "warnings"})
public record ManifestView(String id, String kind, FlightView flight, String direction, ManifestReceipt.Part part, String receivedAt,
        int travelersInMessage, List<TravelerView> travelers, Integer declaredTotal, String warnings) {

    /** The flight and its status. */
    @JsonbPropertyOrder({"carrier", "number", "date", "status"})
    public record FlightView(String carrier, String number, String date, String status) {
    }

    /** A traveler: every person field present, null when the message did not give it. */
    @JsonbPropertyOrder({"id", "role", "status", "inScope", "usCitizen", "inTransit", "documents", "familyName", "givenNames",
            "dateOfBirth",
            "sex", "nationality", "reference", "seat"})
    public record TravelerView(String id, String role, String status, boolean inScope, boolean usCitizen, boolean inTransit,
            List<DocumentView> documents, @JsonbNillable String familyName, @JsonbNillable String givenNames,
            @JsonbNillable String dateOfBirth, @JsonbNillable String sex, @JsonbNillable String nationality,
            @JsonbNillable String reference, @JsonbNillable String seat) {

        static TravelerView of(Traveler t) {
            return new TravelerView(t.id().toString(), t.role().name(), t.status().name(), t.inScope(), t.usCitizen(), t.inTransit(),
                    t.documents().stream().map(DocumentView::of).toList(), t.familyName(), t.givenNames(), text(t.dateOfBirth()), t.sex(),
                    t.nationality(), t.reference(), t.seat());
        }
    }

    /** A travel document: every field present, null when not given. */
    @JsonbNillable
    @JsonbPropertyOrder({"type", "number", "issuingCountry", "expiry"})
    public record DocumentView(String type, String number, String issuingCountry, String expiry) {

        static DocumentView of(TravelerDocument d) {
            return new DocumentView(d.type(), d.number(), d.issuingCountry(), text(d.expiry()));
        }
    }

    static ManifestView of(Manifest manifest, Flight flight, List<Traveler> travelers) {
        return new ManifestView(manifest.id().toString(), manifest.kind().name(),
                new FlightView(flight.key().carrier(), flight.key().number(), flight.key().departureDate().toString(),
                        flight.status().name()),
                flight.direction().name(), new ManifestReceipt.Part(manifest.partNumber(), manifest.lastPart()),
                manifest.receivedAt().toString(), manifest.travelerCount(), travelers.stream().map(TravelerView::of).toList(),
                manifest.declaredTotal(), manifest.warnings());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
