package org.opentvs.manifest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A travel document as the carrier reported it. */
@Embeddable
public class TravelerDocument {

    @Column(name = "type")
    private String type;

    @Column(name = "number")
    private String number;

    @Column(name = "issuing_country")
    private String issuingCountry;

    @Column(name = "expiry")
    private LocalDate expiry;

    @Column(name = "issued")
    private LocalDate issued;

    protected TravelerDocument() {
    }

    public TravelerDocument(String type, String number, String issuingCountry, LocalDate expiry, LocalDate issued) {
        this.type = type;
        this.number = number == null ? null : number.trim().toUpperCase();
        this.issuingCountry = issuingCountry == null ? null : issuingCountry.trim().toUpperCase();
        this.expiry = expiry;
        this.issued = issued;
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

    public LocalDate issued() {
        return issued;
    }

    public boolean usPassport() {
        return "P".equals(type) && ("USA".equals(issuingCountry) || "US".equals(issuingCountry));
    }
}
