package org.opentvs.gallery.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.DataGrid;

/**
 * Rebuilds every land port's standing gallery on a schedule (crossing history moves on). In a data
 * grid every node has this timer: a port whose gallery another node rebuilt within the last half
 * interval is left alone, so each port is rebuilt about once per interval in the cluster.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortGalleryScheduler {

    private static final Logger LOG = Logger.getLogger(PortGalleryScheduler.class.getName());

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortGalleryBuilding building;

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "opentvs.port-gallery.rebuild-minutes", defaultValue = "60")
    long minutes;

    private long interval;

    @PostConstruct
    void schedule() {
        interval = Math.max(1, minutes) * 60_000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("port-galleries", false));
    }

    @Timeout
    void rebuildAll() {
        @SuppressWarnings("unchecked")
        List<String> ports = em.createNativeQuery("select port from holding_port union select port from gallery where kind = 'LAND_PORT'")
                .getResultList();
        if (grid.clustered()) {
            @SuppressWarnings("unchecked")
            List<String> recent = em.createNativeQuery("select port from gallery where kind = 'LAND_PORT' and status = 'READY'"
                    + " and ready_at > now() - make_interval(secs => ?)").setParameter(1, interval / 2_000.0).getResultList();
            ports = ports.stream().filter(p -> !recent.contains(p)).toList();
        }
        for (String port : ports) {
            try {
                building.rebuild(port);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Port gallery " + port + " could not be rebuilt; the previous one stays in service", e);
            }
        }
    }
}
