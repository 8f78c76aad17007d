package org.opentvs.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.control.Secrets;
import org.opentvs.security.entity.Role;

/**
 * On the first start of an empty database, creates user {@code admin} with the password from
 * {@code OPENTVS_ADMIN_PASSWORD}; refuses (and says so) without one.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "opentvs.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void createFirstAdmin() {
        long users = ((Number) em.createNativeQuery("select count(*) from app_user").getSingleResult()).longValue();
        if (users > 0) {
            return;
        }
        if (adminPassword.isEmpty() || adminPassword.get().isBlank()) {
            LOG.severe("No users exist and OPENTVS_ADMIN_PASSWORD is not set: refusing to create user 'admin'");
            return;
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into app_user (id, username, password_hash, roles) values (?, 'admin', ?, ?)")
                .setParameter(1, id)
                .setParameter(2, Secrets.hashPassword(adminPassword.get()))
                .setParameter(3, Role.ADMIN)
                .executeUpdate();
        audit.record("system", "CREATE", "user", id, "bootstrap administrator");
        LOG.info("Created user 'admin' from OPENTVS_ADMIN_PASSWORD");
    }
}
