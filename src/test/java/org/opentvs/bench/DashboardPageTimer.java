package org.opentvs.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The dashboard page as a browser gets it from a running server: logs in through the portal form,
 * then times full GETs of /reports/dashboard.xhtml for a year (server render included, no static
 * resources). Arguments: base URL, user, password, runs.
 */
public final class DashboardPageTimer {

    private DashboardPageTimer() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080/";
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        http.send(HttpRequest.newBuilder(URI.create(base + "reports/dashboard.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(args[2], StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String year = "from=" + LocalDate.now().minusDays(365) + "&to=" + LocalDate.now();
        for (String segment : new String[]{"PORT", "GATE", "FLIGHT"}) {
            URI page = URI.create(base + "reports/dashboard.xhtml?" + year + "&segment=" + segment);
            double[] ms = new double[runs];
            for (int i = -2; i < runs; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !r.body().contains("Capture rate")) {
                    throw new IllegalStateException("not the dashboard: " + r.statusCode() + " " + r.uri());
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            System.out.println("dashboard page, a year by " + segment + " (ms, full response): " + Percentiles.of(ms));
        }
    }
}
