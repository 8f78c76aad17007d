package org.opentvs.platform.control;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's Domain Data Grid (Hazelcast) when this process runs in one, else nothing: one node alone
 * ({@code --nohazelcast}) keeps its state in its own memory and hears only itself. Topics carry plain
 * strings (ids), never application objects, and their listeners run one at a time per topic, in
 * publishing order, each in a transaction of its own (so they may read PostgreSQL).
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @jakarta.inject.Inject
    DataGridDelivery delivery;

    private HazelcastInstance grid;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final List<ExecutorService> listeners = new ArrayList<>();

    @PostConstruct
    void join() {
        try {
            Object found = new InitialContext().lookup("payara/Hazelcast");
            if (found instanceof HazelcastInstance h && h.getLifecycleService().isRunning()) {
                grid = h;
            }
        } catch (NamingException | RuntimeException | LinkageError none) {
            grid = null;
        }
        LOG.info(() -> grid == null
                ? "No data grid: this node's state is its own"
                : "Data grid " + grid.getConfig().getClusterName() + ": " + members() + " member(s)");
    }

    @PreDestroy
    synchronized void leave() {
        unsubscribe.forEach(r -> {
            try {
                r.run();
            } catch (RuntimeException gridGone) {
                // shutting down anyway
            }
        });
        listeners.forEach(ExecutorService::shutdownNow);
    }

    /** A grid this process joined itself (a test's members): maps and members only, no topics. */
    public static DataGrid of(HazelcastInstance instance) {
        DataGrid g = new DataGrid();
        g.grid = instance;
        return g;
    }

    /** The application's grid for code that CDI does not create (the realm); none where CDI cannot be asked. */
    public static DataGrid current() {
        try {
            return jakarta.enterprise.inject.spi.CDI.current().select(DataGrid.class).get();
        } catch (IllegalStateException | jakarta.enterprise.inject.InjectionException noContainer) {
            return new DataGrid();
        }
    }

    public boolean clustered() {
        return grid != null;
    }

    public int members() {
        return grid == null ? 1 : grid.getCluster().getMembers().size();
    }

    /** Tells every other node; nothing without a grid (this node has done the work itself). */
    public void publish(String topic, String message) {
        if (grid != null) {
            try {
                grid.<String>getTopic(topic).publish(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not tell the other nodes on " + topic, e);
            }
        }
    }

    /** What the other nodes publish on {@code topic} (not this node's own messages), in their order. */
    public synchronized void subscribe(String topic, Consumer<String> listener) {
        if (grid == null) {
            return;
        }
        ExecutorService inOrder = Executors.newSingleThreadExecutor(threads);
        listeners.add(inOrder);
        ITopic<String> t = grid.getTopic(topic);
        UUID id = t.addMessageListener(m -> {
            if (m.getPublishingMember() != null && m.getPublishingMember().localMember()) {
                return;
            }
            String message = m.getMessageObject();
            inOrder.execute(() -> {
                try {
                    delivery.deliver(listener, message);
                } catch (RuntimeException e) { // jakarta.ejb.EJBException included
                    LOG.log(Level.WARNING, "A message on " + topic + " could not be applied", e);
                }
            });
        });
        unsubscribe.add(() -> t.removeMessageListener(id));
    }

    /** A map every node shares (entries with a time to live where given), or this process's own. */
    public <K, V> SharedMap<K, V> map(String name) {
        return grid == null ? new SharedMap<>(null, new ConcurrentHashMap<>()) : new SharedMap<>(grid.getMap(name), null);
    }

    /** Called with the member count now and whenever a node joins or leaves. */
    public synchronized void onMembers(IntConsumer count) {
        count.accept(members());
        if (grid == null) {
            return;
        }
        UUID id = grid.getCluster().addMembershipListener(new MembershipListener() {

            @Override
            public void memberAdded(MembershipEvent e) {
                count.accept(e.getMembers().size());
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                count.accept(e.getMembers().size());
            }
        });
        unsubscribe.add(() -> grid.getCluster().removeMembershipListener(id));
    }
}
