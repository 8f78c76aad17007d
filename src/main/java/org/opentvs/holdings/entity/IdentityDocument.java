package org.opentvs.holdings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A travel document held for an identity; number + issuing country is the linking key. */
@Embeddable
public class IdentityDocument {

    @Column(name = "type")
    private String type;

    @Column(name = "number")
    private String number;

    @Column(name = "issuing_country")
    private String issuingCountry;

    @Column(name = "expiry")
    private LocalDate expiry;

    protected IdentityDocument() {
    }

    public IdentityDocument(String type, String number, String issuingCountry, LocalDate expiry) {
        if (number == null || number.isBlank() || issuingCountry == null || issuingCountry.isBlank()) {
            throw new IllegalArgumentException("a document needs a number and an issuing country");
        }
        this.type = type;
        this.number = number.trim().toUpperCase();
        this.issuingCountry = issuingCountry.trim().toUpperCase();
        this.expiry = expiry;
    }

    public String type() {
        return type;
    }

    public String number() {
        return number;
    }

    public String issuingCountry() {
        return issuingCountry;
    }

    public LocalDate expiry() {
        return expiry;
    }
}
