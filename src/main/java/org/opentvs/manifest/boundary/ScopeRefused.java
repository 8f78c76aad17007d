package org.opentvs.manifest.boundary;

import jakarta.ejb.ApplicationException;

/** The message is about a carrier outside the submitter's scope. */
@ApplicationException(rollback = true)
public class ScopeRefused extends Exception {

    private final String carrier;

    public ScopeRefused(String carrier) {
        super("Carrier " + carrier + " is outside this client's scope");
        this.carrier = carrier;
    }

    public String carrier() {
        return carrier;
    }
}
