package org.opentvs.verification.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.platform.control.DatabaseFaults;
import org.opentvs.verification.control.VerificationWriter.Mode;
import org.opentvs.verification.entity.VerificationRecorded;

/**
 * The verification writer's group commit: request threads queue their rows here and wait; one
 * thread ({@code opentvs-verification-writer}) takes everything pending, up to
 * {@code opentvs.verification.group-max} rows, and writes it in ONE {@link GroupTransaction}, or,
 * while the {@link JournalHandOff} is in journal mode or PostgreSQL turns out unreachable, appends it
 * to the journal. It then fires the events of the new rows and answers the waiting requests. A group
 * PostgreSQL refuses is written again request by request, so that one bad request fails alone.
 */
@Dependent
public class GroupCommit {

    /** The writer's logger, as before these parts were split out of it. */
    private static final Logger LOG = Logger.getLogger(VerificationWriter.class.getName());

    private record Job(List<PendingVerification> rows, CompletableFuture<Void> done) {
    }

    @Inject
    GroupTransaction database;

    @Inject
    @ConfigProperty(name = "opentvs.verification.group-max", defaultValue = "256")
    int groupMax;

    private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private JournalHandOff handOff;
    private BooleanSupplier running;
    private Thread writerThread;

    /** Takes the writer's journal hand-off and its running flag; called once, before anything else. */
    void wire(JournalHandOff handOff, BooleanSupplier running) {
        this.handOff = handOff;
        this.running = running;
    }

    void start(ManagedThreadFactory threads) {
        writerThread = threads.newThread(this::writeLoop);
        writerThread.setName("opentvs-verification-writer");
        writerThread.start();
    }

    /** Queues the rows of one request; the future completes once they are durable, or with the refusal. */
    CompletableFuture<Void> submit(List<PendingVerification> rows) {
        Job job = new Job(rows, new CompletableFuture<>());
        queue.add(job);
        return job.done();
    }

    void interrupt() {
        if (writerThread != null) {
            writerThread.interrupt();
        }
    }

    /** Waits for the writer thread to end (at most 5 s), then refuses what is still queued. */
    void awaitStop() {
        try {
            if (writerThread != null) {
                writerThread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Job left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(WriteFaults.unavailable("The service is stopping; retry in a moment"));
        }
    }

    private void writeLoop() {
        List<Job> jobs = new ArrayList<>();
        while (running.getAsBoolean()) {
            try {
                Job first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                jobs.clear();
                jobs.add(first);
                int rows = first.rows().size();
                Job next;
                while (rows < groupMax && (next = queue.poll()) != null) {
                    jobs.add(next);
                    rows += next.rows().size();
                }
                process(jobs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "verification writer fault", e);
                for (Job j : jobs) {
                    j.done().completeExceptionally(e instanceof RuntimeException r ? r : new IllegalStateException(e));
                }
            }
        }
    }

    private void process(List<Job> jobs) {
        List<PendingVerification> all = new ArrayList<>();
        jobs.forEach(j -> all.addAll(j.rows()));
        List<VerificationRecorded> events = null;
        RuntimeException failure = null;
        synchronized (handOff.lock()) {
            if (handOff.mode() == Mode.DIRECT) {
                try {
                    events = GroupTransaction.events(all, database.write(all));
                } catch (Exception e) {
                    if (unreachable(e) && handOff.configured()) {
                        handOff.enterJournalMode(e);
                    } else if (jobs.size() > 1 && !unreachable(e)) {
                        // one bad request must not fail the others: write each on its own
                        processOneByOne(jobs);
                        return;
                    } else {
                        failure = unreachable(e)
                                ? WriteFaults.unavailable("The database is unreachable and no journal is configured; retry")
                                : new IllegalStateException("verification could not be recorded", e);
                    }
                }
            }
            if (events == null && failure == null) {
                failure = handOff.append(all);
            }
        }
        finish(jobs, events, failure);
    }

    private void processOneByOne(List<Job> jobs) {
        for (Job job : jobs) {
            try {
                finish(List.of(job), GroupTransaction.events(job.rows(), database.write(job.rows())), null);
            } catch (Exception e) {
                if (unreachable(e) && handOff.configured()) {
                    handOff.enterJournalMode(e);
                    finish(List.of(job), null, handOff.append(job.rows()));
                } else {
                    finish(List.of(job), null, new IllegalStateException("verification could not be recorded", e));
                }
            }
        }
    }

    private void finish(List<Job> jobs, List<VerificationRecorded> events, RuntimeException failure) {
        if (events != null) {
            database.fire(events);
        }
        for (Job j : jobs) {
            if (failure == null) {
                j.done().complete(null);
            } else {
                j.done().completeExceptionally(failure);
            }
        }
    }

    private static boolean unreachable(Throwable e) {
        return DatabaseFaults.unreachable(e);
    }
}
