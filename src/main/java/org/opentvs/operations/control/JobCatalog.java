package org.opentvs.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The jobs of the application (every {@code META-INF/batch-jobs/<job>.xml}) and their schedules,
 * read from MicroProfile Config on every call so that a changed value applies at the next
 * scheduler tick: {@code opentvs.jobs.<job>.schedule} (cron field order, see {@link JobCalendar},
 * or {@code off}).
 */
@ApplicationScoped
public class JobCatalog {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final String DIRECTORY = "META-INF/batch-jobs/";

    @Inject
    ServletContext servlet;

    public boolean exists(String job) {
        return job != null && NAME.matcher(job).matches()
                && JobCatalog.class.getClassLoader().getResource(DIRECTORY + job + ".xml") != null;
    }

    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        Set<String> paths = servlet.getResourcePaths("/WEB-INF/classes/" + DIRECTORY);
        if (paths != null) {
            for (String path : paths) {
                String file = path.substring(path.lastIndexOf('/') + 1);
                if (file.endsWith(".xml")) {
                    names.add(file.substring(0, file.length() - 4));
                }
            }
        }
        names.removeIf(name -> !exists(name));
        return names;
    }

    /** The configured schedule text, or empty when the job has none or it is {@code off}. */
    public Optional<String> scheduleText(String job) {
        return ConfigProvider.getConfig().getOptionalValue("opentvs.jobs." + job + ".schedule", String.class)
                .map(String::trim).filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("off"));
    }

    public ZoneId zone() {
        String zone = ConfigProvider.getConfig().getOptionalValue("opentvs.jobs.zone", String.class).orElse("UTC");
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    public long staleSeconds() {
        return ConfigProvider.getConfig().getOptionalValue("opentvs.jobs.stale-seconds", Long.class).orElse(120L);
    }
}
