package org.opentvs.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A document a watch-list entry names. */
@Embeddable
public class WatchlistDocument {

    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "issuing_country")
    private String issuingCountry;

    protected WatchlistDocument() {
    }

    public WatchlistDocument(String number, String issuingCountry) {
        this.number = number;
        this.issuingCountry = issuingCountry;
    }

    public String number() { return number; }
    public String issuingCountry() { return issuingCountry; }
}
