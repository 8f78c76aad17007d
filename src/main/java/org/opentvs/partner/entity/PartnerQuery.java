package org.opentvs.partner.entity;

/** One partner query as the access report lists it. */
public record PartnerQuery(String partner, String client, Outcome outcome, String documentNumber, String documentCountry,
        boolean found, int records, String fields) {

    public enum Outcome { ANSWERED, OUTSIDE_SCOPE, NO_AGREEMENT }
}
