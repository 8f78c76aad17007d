package org.opentvs.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentvs.it.Api;
import org.opentvs.it.Browser;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;

/**
 * The portal's front door in a real headless Chromium and over plain HTTP: security headers (and
 * PrimeFaces still working under the policy), /reports/ and unknown pages, denials and form logins
 * throttled with a page, the numbers first on the landing page for the user's ports only, the
 * performance table at 1280 px, the user's name in the header. Screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalFrontDoorIT {

    private static final String PASSWORD = "front-door-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    private String portal() {
        return "http://127.0.0.1:" + deployment.getPort() + "/";
    }

    private void person(Api api, String name, String role, String ports) {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"scope\":{\"ports\":["
                + ports + "]}}";
        Api.Reply r = api.postJson("api/v1/admin/users", Api.admin(), body);
        assertTrue(r.status() == 201 || r.status() == 409, r.body());
    }

    private void login(ChromeDriver b, String user, String page) {
        b.get(portal() + page);
        new WebDriverWait(b, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        b.findElement(By.id("username")).sendKeys(user);
        b.findElement(By.id("password")).sendKeys(PASSWORD);
        b.findElement(By.id("signin")).click();
        new WebDriverWait(b, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private static String text(ChromeDriver b, String css) {
        return b.findElement(By.cssSelector(css)).getText();
    }

    private static void chartRendered(ChromeDriver b, String id) {
        Object drawn = new WebDriverWait(b, Duration.ofSeconds(15)).until(d -> b.executeScript("var c = document.getElementById('"
                + id + "_canvas'); return c && c.width > 0 && window.Chart && Chart.getChart(c) ? true : null"));
        assertEquals(Boolean.TRUE, drawn, "chart " + id + " drawn by Chart.js under the Content Security Policy");
    }

    private static void noPolicyViolations(ChromeDriver b) {
        List<String> violations = b.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertTrue(violations.isEmpty(), "no script or style refused: " + violations);
        Object inline = b.executeScript("return Array.from(document.querySelectorAll('script:not([src])')).filter(s => !s.nonce).length");
        assertEquals(0L, inline, "every inline script carries the page's nonce");
    }

    /** A form login over plain HTTP, keeping the session cookie, as a browser would. */
    private HttpClient signedIn(String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = formLogin(http, user, password);
        assertEquals(302, r.statusCode(), "signed in: " + r.statusCode());
        return http;
    }

    private HttpResponse<String> formLogin(HttpClient http, String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create(portal() + "login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void portalPagesCarryTheSecurityHeadersAndPrimeFacesStillWorks() throws Exception {
        assumeTrue(Browser.available(), "headless Chromium from Debian is needed: server-config/ensure-chromium.sh");
        Api api = new Api(deployment);
        person(api, "pm.headers", "program-manager", "");
        HttpClient http = signedIn("pm.headers", PASSWORD);
        for (String page : List.of("reports/dashboard.xhtml", "index.xhtml", "login.xhtml", "no-such-page.xhtml")) {
            HttpResponse<String> r = get(http, page);
            List<String> csp = r.headers().allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), page + ": one policy, not two that intersect: " + csp);
            assertTrue(csp.get(0).contains("frame-ancestors 'none'") && csp.get(0).contains("default-src 'self'"), page + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), page);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), page);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), page);
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), page + ": no HSTS over plain HTTP");
            assertTrue(r.headers().firstValue("Server").isEmpty(), page);
        }
        assertTrue(get(http, "reports/dashboard.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow()
                .matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), "Faces pages allow their own nonce scripts only");

        seedPorts();
        ChromeDriver b = Browser.start(downloads("headers"));
        try {
            login(b, "pm.headers", "reports/dashboard.xhtml");
            chartRendered(b, "trend");
            b.findElement(By.id("seg-GATE")).click();
            new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("segment=GATE"));
            chartRendered(b, "trend");
            noPolicyViolations(b);
            b.get(portal() + "index.xhtml");
            chartRendered(b, "homeTrend");
            noPolicyViolations(b);
        } finally {
            b.quit();
        }
    }

    @Test
    void reportsAddressUnknownPagesAndDenialsShowThePortalsOwnPage() throws Exception {
        assumeTrue(Browser.available(), "headless Chromium from Debian is needed");
        Api api = new Api(deployment);
        person(api, "pm.door", "program-manager", "");
        HttpClient http = signedIn("pm.door", PASSWORD);
        int bare = get(http, "reports").statusCode();
        assertTrue(bare == 301 || bare == 302, "/reports → /reports/: " + bare);
        HttpResponse<String> reports = get(http, "reports/");
        assertEquals(302, reports.statusCode(), "/reports/ leads to the dashboard: " + reports.body());
        assertTrue(reports.headers().firstValue("Location").orElse("").contains("/reports/dashboard.xhtml"));
        for (String[] page : new String[][]{{"no-such-page.xhtml", "404"}, {"nothing/here", "404"}, {"reports/nope.xhtml", "404"},
                {"jobs/index.xhtml", "403"}}) {
            HttpResponse<String> r = get(http, page[0]);
            assertEquals(Integer.parseInt(page[1]), r.statusCode(), page[0]);
            assertTrue(r.body().contains("id=\"portal-error\"") && r.body().contains("data-status=\"" + page[1] + "\""),
                    page[0] + ": " + r.body());
            assertFalse(r.body().contains("Payara") || r.body().contains("GlassFish") || r.body().contains("Exception"), page[0]);
            assertTrue(r.headers().firstValue("Server").isEmpty(), page[0]);
        }
        Api.Reply apiMissing = api.get("api/v1/no-such-thing", Api.admin());
        assertEquals(404, apiMissing.status());
        assertEquals("NOT_FOUND", apiMissing.json().getString("error"), "API paths keep their JSON errors");

        ChromeDriver b = Browser.start(downloads("door"));
        try {
            login(b, "pm.door", "reports/");
            new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("reports/dashboard.xhtml"));
            assertTrue(b.findElement(By.cssSelector(".kpis .kpi-value")).isDisplayed());
            b.get(portal() + "no-such-page.xhtml");
            assertEquals("Page not found", text(b, "main.content h1"));
            assertTrue(text(b, "header.top").contains("pm.door"), "the portal's own page, with its header");
            Browser.screenshot(b, "not-found");
            b.get(portal() + "jobs/index.xhtml");
            assertEquals("Not for your role", text(b, "main.content h1"));
            Browser.screenshot(b, "forbidden");
        } finally {
            b.quit();
        }
    }

    @Test
    void formLoginsAreThrottledWithA429PageAndTheRightPasswordWaitsForTheLock() throws Exception {
        assumeTrue(Browser.available(), "headless Chromium from Debian is needed");
        Api api = new Api(deployment);
        person(api, "form.target", "program-manager", "");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = formLogin(http, "form.target", "wrong-" + i);
            assertEquals(200, wrong.statusCode(), "attempt " + (i + 1) + ": the login page again");
            assertTrue(wrong.body().contains("was not accepted"), wrong.body());
        }
        HttpResponse<String> locked = formLogin(http, "form.target", "wrong-again");
        assertEquals(429, locked.statusCode());
        assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(locked.body().contains("Too many failed sign-ins"), locked.body());
        assertEquals(429, formLogin(http, "form.target", PASSWORD).statusCode(), "the right password waits for the lock");
        assertEquals(1, Db.count("select count(*) from audit_event where action = 'LOCK' and object_id = 'form.target'"));

        ChromeDriver b = Browser.start(downloads("throttle"));
        try {
            b.get(portal() + "index.xhtml");
            new WebDriverWait(b, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            b.findElement(By.id("username")).sendKeys("form.target");
            b.findElement(By.id("password")).sendKeys(PASSWORD);
            b.findElement(By.id("signin")).click();
            new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("login-refused")));
            assertTrue(text(b, "#login-refused").startsWith("Too many failed sign-ins"), text(b, "#login-refused"));
            Browser.screenshot(b, "login-locked");
            assertEquals(204, api.delete("api/v1/admin/login-locks/accounts/form.target", Api.admin()).status());
            login(b, "form.target", "index.xhtml");
            assertEquals("form.target", text(b, "#who-name"));
        } finally {
            b.quit();
        }
    }

    @Test
    void theLandingPageShowsTodaysAndThisWeeksRatesForTheUsersPortsOnly() throws Exception {
        assumeTrue(Browser.available(), "headless Chromium from Debian is needed");
        Api api = new Api(deployment);
        seedPorts();
        person(api, "pm.lpa", "program-manager", "\"LPA\"");
        person(api, "pm.lpb", "program-manager", "\"LPB\"");
        boolean monday = today().getDayOfWeek() == DayOfWeek.MONDAY;
        ChromeDriver b = Browser.start(downloads("landing"));
        try {
            login(b, "pm.lpa", "index.xhtml");
            assertEquals("pm.lpa", text(b, "#who-name"), "the user's name, not user:pm.lpa");
            assertFalse(text(b, "header.top").contains("user:"));
            assertTrue(text(b, "header.top").contains("Program manager"));
            assertTrue(text(b, "#home-ports").contains("LPA") && !text(b, "#home-ports").contains("LPB"));
            assertEquals("80.0%", text(b, "#home-today .kpi:nth-child(1) .kpi-value"), "capture 8 of 10 at LPA today");
            assertEquals("75.0%", text(b, "#home-today .kpi:nth-child(2) .kpi-value"), "match 6 of 8");
            assertEquals("50.0%", text(b, "#home-today .kpi:nth-child(3) .kpi-value"), "confirmed 5 of 10");
            assertEquals(monday ? "80.0%" : "90.0%", text(b, "#home-week .kpi:nth-child(1) .kpi-value"), "with Monday's 10 of 10");
            assertEquals(monday ? "50.0%" : "75.0%", text(b, "#home-week .kpi:nth-child(3) .kpi-value"));
            chartRendered(b, "homeTrend");
            String late = text(b, "[id='lateGalleries']");
            assertTrue(late.contains("LPA") && late.contains("FAILED") && !late.contains("LPB"), late);
            assertTrue(b.findElement(By.id("tile-performance")).isDisplayed(), "the links follow the numbers");
            Browser.screenshot(b, "landing-lpa");
        } finally {
            b.quit();
        }
        ChromeDriver other = Browser.start(downloads("landing-b"));
        try {
            login(other, "pm.lpb", "index.xhtml");
            assertEquals("20.0%", text(other, "#home-today .kpi:nth-child(1) .kpi-value"), "LPB's own 2 of 10, nothing of LPA");
            assertEquals("20.0%", text(other, "#home-week .kpi:nth-child(1) .kpi-value"));
            assertFalse(text(other, "[id='lateGalleries']").contains("LPA"));
        } finally {
            other.quit();
        }
    }

    @Test
    void thePerformanceTableFitsAt1280Pixels() throws Exception {
        assumeTrue(Browser.available(), "headless Chromium from Debian is needed");
        Api api = new Api(deployment);
        seedPorts();
        person(api, "pm.narrow", "program-manager", "");
        ChromeDriver b = Browser.start(downloads("narrow"));
        try {
            b.manage().window().setSize(new Dimension(1280, 900));
            login(b, "pm.narrow", "reports/dashboard.xhtml");
            assertEquals(1280L, b.executeScript("return window.outerWidth"));
            Object overflow = b.executeScript("var t = document.querySelector(\"[id='report:segments'] table\");"
                    + " var m = document.querySelector('main.content');"
                    + " return [t.getBoundingClientRect().right, m.getBoundingClientRect().right, document.documentElement.scrollWidth,"
                    + " document.documentElement.clientWidth];");
            @SuppressWarnings("unchecked")
            List<Number> px = (List<Number>) overflow;
            assertTrue(px.get(0).doubleValue() <= px.get(1).doubleValue(),
                    "table right edge " + px.get(0) + " within the content " + px.get(1));
            assertTrue(px.get(2).doubleValue() <= px.get(3).doubleValue(), "no horizontal scrolling: " + px);
            assertTrue(text(b, "[id='report:segments']").contains("LPA"));
            Browser.screenshot(b, "dashboard-1280");
            b.findElement(By.id("report:segmentsCsv")).click();
            Path csv = downloads("narrow").resolve("performance.csv");
            for (int i = 0; i < 100 && !(Files.exists(csv) && Files.size(csv) > 0); i++) {
                Thread.sleep(150);
            }
            Thread.sleep(500);
            String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
            for (String column : List.of("Capture rate", "On manifest", "Photographed", "Capture 95% CI", "Match 95% CI", "In scope",
                    "Confirmation 95% CI")) {
                assertTrue(header.contains(column), "the downloads keep every column: " + column + " in " + header);
            }
        } finally {
            b.quit();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /**
     * Two ports' flight summaries (the reporting context's report_flight, as its rollup writes them):
     * LPA today 10 expected / 8 photographed / 6 matched / 5 of 10 confirmed, and (unless today is
     * Monday) all 10 of 10 on Monday; LPB today 2 of 10 photographed. A failed gallery at LPA.
     */
    private static synchronized void seedPorts() {
        if (Db.count("select count(*) from report_flight where port = 'LPA'") > 0) {
            return;
        }
        LocalDate today = today();
        flight("LPA", today, 10, 8, 6, 5);
        if (today.getDayOfWeek() != DayOfWeek.MONDAY) {
            flight("LPA", today.with(DayOfWeek.MONDAY), 10, 10, 10, 10);
        }
        flight("LPA", today.minusDays(20), 10, 5, 5, 5);
        flight("LPB", today, 10, 2, 1, 1);
        Db.execute("insert into gallery (id, kind, port, status, expected, created_at) values (?, 'LAND_PORT', 'LPA', 'FAILED', 0, now())",
                UUID.randomUUID());
    }

    private static void flight(String port, LocalDate date, int expected, int photographed, int matched, int confirmed) {
        Db.execute("insert into report_flight (flight_id, touchpoint, carrier, flight_number, flight_date, direction, port, terminal, gate,"
                + " algorithm, expected, in_scope, photographed, matched, see_officer, biometric_confirmed, biographic_confirmed)"
                + " values (?, '*', 'ZQ', ?, ?, 'EXIT', ?, '1', 'G1', 'cosine-v1', ?, ?, ?, ?, 0, ?, 0)",
                UUID.randomUUID(), port.substring(2) + date.getDayOfMonth(), date, port, expected, expected, photographed, matched,
                confirmed);
    }

    private static Path downloads(String name) {
        return Path.of(System.getProperty("project.build.directory", "target"), "it-downloads", name);
    }
}
