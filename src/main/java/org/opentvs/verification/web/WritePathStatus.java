package org.opentvs.verification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opentvs.verification.control.VerificationWriter;

/** The portal banner: shown while verifications are journaled because PostgreSQL is unreachable. */
@Named
@RequestScoped
public class WritePathStatus {

    @Inject
    VerificationWriter writer;

    public boolean isDegraded() {
        return writer.mode() == VerificationWriter.Mode.JOURNAL;
    }

    public long getJournalDepth() {
        return writer.journalDepth();
    }

    public long getJournalAgeSeconds() {
        return writer.journalAgeSeconds();
    }
}
