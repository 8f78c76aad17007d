package org.opentvs.manifest.boundary;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.manifest.entity.Submission;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

/**
 * The file inbox channel: every few seconds, each file in {@code opentvs.inbox.directory} goes
 * through the same reception as a REST submission and then moves to {@code done/} or
 * {@code rejected/} (with a {@code .error.json} beside it). Files still being written (hidden,
 * {@code .part}, {@code .tmp}, or changed in the last second) wait for the next round.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ManifestInbox {

    private static final Logger LOG = Logger.getLogger(ManifestInbox.class.getName());
    private static final Caller INBOX = new Caller("inbox", "inbox", Caller.Kind.SYSTEM, java.util.Set.of(), Scope.UNLIMITED);

    @Resource
    TimerService timers;

    @Inject
    ManifestReception reception;

    @Inject
    @ConfigProperty(name = "opentvs.inbox.directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "opentvs.inbox.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "opentvs.manifest.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @PostConstruct
    void schedule() {
        if (directory.isEmpty() || directory.get().isBlank()) {
            LOG.info("Manifest file inbox is off (opentvs.inbox.directory not set)");
            return;
        }
        timers.createIntervalTimer(1_000L, pollSeconds * 1_000L, new TimerConfig("manifest-inbox", false));
        LOG.info(() -> "Manifest file inbox watches " + directory.get() + " every " + pollSeconds + " s");
    }

    @Timeout
    void poll() {
        Path inbox = Path.of(directory.get());
        try {
            Files.createDirectories(inbox.resolve("done"));
            Files.createDirectories(inbox.resolve("rejected"));
            for (Path file : ready(inbox)) {
                receive(inbox, file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Manifest inbox " + inbox + " cannot be read", e);
        }
    }

    private static List<Path> ready(Path inbox) throws IOException {
        long settled = System.currentTimeMillis() - 1_000;
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().endsWith(".part") && !f.getFileName().toString().endsWith(".tmp"))
                    .filter(f -> modified(f) < settled)
                    .sorted()
                    .toList();
        }
    }

    private void receive(Path inbox, Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > maxBytes) {
                throw new ApiException(413, "TOO_LARGE", "A manifest may have at most " + maxBytes + " bytes", null);
            }
            String receipt = reception.receive(new Submission(Submission.Channel.INBOX, INBOX, Files.readAllBytes(file))).json();
            Files.move(file, inbox.resolve("done").resolve(name), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(inbox.resolve("done").resolve(name + ".receipt.json"), receipt);
        } catch (ApiException e) {
            Files.move(file, inbox.resolve("rejected").resolve(name), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(inbox.resolve("rejected").resolve(name + ".error.json"), errorJson(e));
            LOG.warning(() -> "Inbox file " + name + " rejected: " + e.code());
        }
    }

    private static String errorJson(ApiException e) {
        jakarta.json.JsonObjectBuilder json = org.opentvs.platform.control.Json.createObjectBuilder().add("error", e.code()).add("message",
                e.getMessage());
        e.details().forEach((k, v) -> json.add(k, String.valueOf(v)));
        return json.build().toString();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
