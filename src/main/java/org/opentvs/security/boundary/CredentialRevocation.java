package org.opentvs.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.opentvs.platform.control.DataGrid;
import org.opentvs.security.control.CredentialCache;

/**
 * A revoked client or disabled user is forgotten by every node's credential cache: here at once and
 * again after the commit, and on the other nodes of the data grid when they hear of it (without
 * that, another node would accept the credential for up to 30 s, a password for up to 5 minutes).
 */
@ApplicationScoped
public class CredentialRevocation {

    static final String TOPIC = "opentvs.credentials";

    record Revoked() {
    }

    @Inject
    DataGrid grid;

    @Inject
    Event<Revoked> revoked;

    @PostConstruct
    void listen() {
        grid.subscribe(TOPIC, message -> CredentialCache.clear());
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the subscription happens in listen()
    }

    /** Call inside the transaction that revokes. */
    public void revoke() {
        CredentialCache.clear();
        revoked.fire(new Revoked());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Revoked done) {
        CredentialCache.clear();
        grid.publish(TOPIC, "revoked");
    }
}
