package org.opentvs.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Open-loop load: each request is due at a fixed time and its latency counts from that time, so a
 * stalled server cannot hide queueing (no coordinated omission). An error is a failure or a status
 * other than 200; each step prints its errors by status or root exception.
 */
final class OpenLoop {

    record Result(int rate, int sent, int errors, Percentiles latency, double achieved) {

        boolean sustained(double p99Millis) {
            return errors == 0 && latency.p99() <= p99Millis && achieved >= 0.95 * rate;
        }
    }

    private OpenLoop() {
    }

    /** Sends {@code requests} round-robin at {@code rate}/s for {@code seconds}; every 200 answer goes to {@code answers}. */
    static Result run(HttpClient http, List<HttpRequest> requests, int rate, int seconds, Consumer<HttpResponse<String>> answers)
            throws InterruptedException {
        int total = rate * seconds;
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(http.sendAsync(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        latencies.add((System.nanoTime() - due) / 1e6);
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                            String kind = failure != null ? rootCause(failure) : "HTTP " + response.statusCode();
                            kinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
                        } else {
                            answers.accept(response);
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] values = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        Result result = new Result(rate, total, errors.get(), Percentiles.of(values), total / elapsed);
        System.out.printf("%d/s for %d s: %s, errors %d%s%n", rate, seconds, result.latency(), result.errors(),
                kinds.isEmpty() ? "" : " " + new TreeMap<>(kinds));
        return result;
    }

    private static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    /** Prints the table and the highest rate with 0 errors, p99 within {@code p99Millis} and at least 95% of the rate achieved. */
    static int report(List<Result> results, double p99Millis) {
        System.out.println();
        System.out.println("rate/s  sent    errors  achieved/s  latency ms (from due time)");
        int sustainable = 0;
        for (Result r : results) {
            System.out.printf("%6d  %6d  %6d  %10.1f  %s%n", r.rate(), r.sent(), r.errors(), r.achieved(), r.latency());
            if (r.sustained(p99Millis)) {
                sustainable = Math.max(sustainable, r.rate());
            }
        }
        System.out.printf("maximum sustainable rate (0 errors, p99 <= %.0f ms): %d/s%n", p99Millis, sustainable);
        return sustainable;
    }
}
