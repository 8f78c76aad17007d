package org.opentvs.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load with a lean client: requests are serialised to bytes once and sent over a pool of
 * persistent HTTP/1.1 connections, one blocking thread per connection. Request {@code i} is due at
 * {@code start + i / rate}; a connection takes the next due request, waits for its due time and
 * sends it, and its latency counts from the due time, so a stalled server (or a pool with no idle
 * connection) shows up as latency instead of hiding queueing. {@link OpenLoop} sends the same load
 * through {@code java.net.http.HttpClient}, which costs the machine more CPU per request than the
 * server does; with both on two cores that decides the measured rate.
 */
final class SocketLoad {

    private static final byte[] EMPTY = new byte[0];

    private final InetSocketAddress address;
    private final List<byte[]> requests;
    private final int connections;

    /** {@code requests}: complete HTTP/1.1 requests as bytes (see {@link #post}). */
    SocketLoad(URI base, List<byte[]> requests, int connections) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
        this.requests = requests;
        this.connections = connections;
    }

    /** A POST with a JSON body and the given extra header lines, ready to write. */
    static byte[] post(URI uri, String authorization, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: " + authorization + "\r\nContent-Type: application/json\r\nAccept: application/json"
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /**
     * What a benchmark sees of each request, on the connection's thread: its index, due time and
     * answer (status, the headers asked for, the body) or failure. {@link #started} gets the clock's
     * zero, so faults can be timed against it.
     */
    interface Listener {

        Listener NONE = new Listener() {
        };

        default void started(long startNanos) {
        }

        default void answered(int index, long dueNanos, Answer answer) {
        }

        default void failed(int index, long dueNanos, String kind) {
        }
    }

    /** One HTTP answer: the status, the values of the headers a listener asked for (by lower-case name), and the body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    OpenLoop.Result run(int rate, int seconds) throws InterruptedException {
        return run(rate, seconds, Set.of(), Listener.NONE);
    }

    /**
     * Runs the load; for each request {@code listener} gets its answer (with the headers named in
     * {@code headers}, lower case) or its failure. A status other than 200 counts as an error here
     * as well.
     */
    OpenLoop.Result run(int rate, int seconds, Set<String> headers, Listener listener) throws InterruptedException {
        int total = rate * seconds;
        double[] latencies = new double[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 20_000_000L;
        listener.started(start);
        boolean keep = listener != Listener.NONE;
        Thread[] workers = new Thread[connections];
        for (int w = 0; w < connections; w++) {
            workers[w] = new Thread(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    String failure;
                    try {
                        if (connection == null) {
                            connection = new Connection(address);
                        }
                        Answer answer = connection.exchange(requests.get(i % requests.size()), keep, headers);
                        failure = answer.status() == 200 ? null : "HTTP " + answer.status();
                        listener.answered(i, due, answer);
                        if (!connection.reusable()) {
                            connection.close();
                            connection = null;
                        }
                    } catch (IOException e) {
                        failure = e.getClass() == IOException.class ? "IOException (" + e.getMessage() + ")" : e.getClass().getSimpleName();
                        listener.failed(i, due, failure);
                        if (connection != null) {
                            connection.close();
                            connection = null;
                        }
                    }
                    latencies[i] = (System.nanoTime() - due) / 1e6;
                    if (failure != null) {
                        errors.incrementAndGet();
                        kinds.computeIfAbsent(failure, k -> new LongAdder()).increment();
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }, "load-" + w);
            workers[w].setDaemon(true);
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        OpenLoop.Result result = new OpenLoop.Result(rate, total, errors.get(), Percentiles.of(latencies), total / elapsed);
        System.out.printf("%d/s for %d s: %s, errors %d%s%n", rate, seconds, result.latency(), result.errors(),
                kinds.isEmpty() ? "" : " " + new TreeMap<>(kinds));
        return result;
    }

    /** One keep-alive connection: writes a request, reads one whole response (length or chunked). */
    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean reusable = true;

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            socket.connect(address, 3_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        /** Sends one request and reads its answer; the body and the named headers are kept only when {@code keep}. */
        Answer exchange(byte[] request, boolean keep, Set<String> wanted) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 answer");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            Map<String, String> headers = keep && !wanted.isEmpty() ? new HashMap<>() : Map.of();
            ByteArrayOutputStream body = keep ? new ByteArrayOutputStream(512) : null;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    reusable = false;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (keep && wanted.contains(lower)) {
                    headers.put(lower, value);
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0; size = Long
                        .parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length, body);
            } else {
                reusable = false;
            }
            return new Answer(status, headers, body == null ? EMPTY : body.toByteArray());
        }

        boolean reusable() {
            return reusable;
        }

        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }

        /** Reads past {@code count} bytes of body, into {@code into} when it is given. */
        private void skip(long count, ByteArrayOutputStream into) throws IOException {
            long left = count;
            if (into != null) {
                byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, count))];
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new IOException("connection closed by the server");
                    }
                    into.write(buffer, 0, n);
                    left -= n;
                }
                return;
            }
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed by the server");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }
}
