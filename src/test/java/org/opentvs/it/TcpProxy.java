package org.opentvs.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between a server under test and PostgreSQL that a test can cut (every open
 * connection closed, new ones refused) and restore, so an outage can be played without stopping
 * the PostgreSQL cluster other test runs share.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = new ServerSocket();
        first.setReuseAddress(true);
        first.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = first.getLocalPort();
        listen(first);
    }

    public int port() {
        return port;
    }

    /** Closes every relayed connection and stops listening: connecting is refused until {@link #restore()}. */
    public synchronized void cut() throws IOException {
        ServerSocket l = listener;
        listener = null;
        if (l != null) {
            l.close();
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    public synchronized void restore() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket l = new ServerSocket();
        l.setReuseAddress(true);
        l.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(l);
    }

    public boolean isCut() {
        return listener == null;
    }

    private void listen(ServerSocket l) {
        listener = l;
        Thread accept = new Thread(() -> {
            while (!l.isClosed()) {
                try {
                    Socket client = l.accept();
                    Socket server;
                    try {
                        server = new Socket(targetHost, targetPort);
                    } catch (IOException e) {
                        closeQuietly(client);
                        continue;
                    }
                    if (listener != l) {
                        closeQuietly(client);
                        closeQuietly(server);
                        continue;
                    }
                    // as the PostgreSQL driver and server do: with Nagle's algorithm on the relay's sockets, a reply written
                    // in two segments waits for the delayed ACK of the first (40 ms on Linux) and every commit pays it
                    client.setTcpNoDelay(true);
                    server.setTcpNoDelay(true);
                    open.add(client);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException e) {
                    return;
                }
            }
        }, "tcp-proxy-accept-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed, or the proxy was cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
