package org.opentvs.operations.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names of the nodes that claim jobs ({@code host/pid}) and what can be known of them from here. */
public final class Nodes {

    private Nodes() {
    }

    /** This JVM: {@code host/pid}. */
    public static String self() {
        return host() + "/" + ProcessHandle.current().pid();
    }

    /**
     * True when a claim holder ({@code <uuid>@host/pid}) names a process of this host that is gone:
     * a node restarted after {@code kill -9} need not wait for the heartbeat to go stale.
     */
    static boolean deadOnThisHost(String holder) {
        int at = holder.lastIndexOf('@');
        int slash = holder.lastIndexOf('/');
        if (at < 0 || slash < at) {
            return false;
        }
        if (!holder.substring(at + 1, slash).equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(holder.substring(slash + 1));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
