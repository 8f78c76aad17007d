package org.opentvs.holdings.entity;

import java.util.List;

/** How to find one person in the holdings: any of their documents, else their name key. */
public record LinkQuery(List<Document> documents, String nameKey) {

    public record Document(String number, String issuingCountry) {
    }

    public LinkQuery {
        documents = List.copyOf(documents);
    }
}
