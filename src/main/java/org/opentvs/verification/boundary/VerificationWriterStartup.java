package org.opentvs.verification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.opentvs.verification.control.VerificationWriter;

/**
 * Starts the verification writer once the schema is migrated, and replays what a killed server
 * left in the journal before the application (and so {@code /health/ready}) comes up.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class VerificationWriterStartup {

    @Inject
    VerificationWriter writer;

    @PostConstruct
    void start() {
        writer.start();
    }
}
