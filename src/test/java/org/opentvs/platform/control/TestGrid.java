package org.opentvs.platform.control;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;

/**
 * Two real Hazelcast members (the library Payara's data grid is made of) in this JVM, joined over
 * TCP on 127.0.0.1 on free ports under a cluster name of their own: two "nodes" for unit tests of
 * what the grid shares. Started once per test JVM, shut down when it exits.
 */
public final class TestGrid {

    private static List<HazelcastInstance> members;

    private TestGrid() {
    }

    /** Both members, the second joined to the first. */
    public static synchronized List<HazelcastInstance> members() {
        if (members == null) {
            String cluster = "opentvs-unit-" + UUID.randomUUID();
            int first = freePort();
            int second = freePort();
            HazelcastInstance a = Hazelcast.newHazelcastInstance(config(cluster, first, first, second));
            HazelcastInstance b = Hazelcast.newHazelcastInstance(config(cluster, second, first, second));
            members = List.of(a, b);
            Runtime.getRuntime().addShutdownHook(new Thread(Hazelcast::shutdownAll));
            if (a.getCluster().getMembers().size() != 2) {
                throw new IllegalStateException("the two test members did not join: " + a.getCluster().getMembers());
            }
        }
        return members;
    }

    /** Two more members in a grid of their own, for a test that kills one (the caller shuts them down). */
    public static List<HazelcastInstance> pair() {
        String cluster = "opentvs-unit-pair-" + UUID.randomUUID();
        int first = freePort();
        int second = freePort();
        HazelcastInstance a = Hazelcast.newHazelcastInstance(config(cluster, first, first, second));
        HazelcastInstance b = Hazelcast.newHazelcastInstance(config(cluster, second, first, second));
        return List.of(a, b);
    }

    /** A member of a grid of its own (the caller shuts it down). */
    public static HazelcastInstance alone() {
        int port = freePort();
        return Hazelcast.newHazelcastInstance(config("opentvs-unit-alone-" + UUID.randomUUID(), port, port));
    }

    /** Member {@code i}'s view of the grid, as {@link DataGrid} would hand it to the application there. */
    public static DataGrid node(int i) {
        return DataGrid.of(members().get(i));
    }

    private static Config config(String cluster, int port, int... all) {
        Config c = new Config();
        c.setClusterName(cluster);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "none");
        c.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        c.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        c.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        for (int p : all) {
            c.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + p);
        }
        return c;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
