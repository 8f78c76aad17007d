package org.opentvs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentvs.it.Api;
import org.opentvs.it.Browser;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;

/**
 * The portal in a real headless Chromium: a program manager logs in through the form, opens every
 * report, switches the segment, drills down to a flight, sees the charts render, downloads exports and
 * opens a flight's travelers (audited); an auditor sees aggregates only. Screenshots in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingPortalIT {

    private static final String PASSWORD = "portal-secret-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    /**
     * The portal as the browser reaches it: over loopback, a secure context, where Chromium saves every
     * download (from a plain-HTTP address elsewhere it silently blocks some file types).
     */
    private String portal() {
        return "http://127.0.0.1:" + deployment.getPort() + "/";
    }

    private String period() {
        return "from=" + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now().plusDays(1);
    }

    private void person(Api api, String name, String role) {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"scope\":{}}";
        Api.Reply r = api.postJson("api/v1/admin/users", Api.admin(), body);
        assertTrue(r.status() == 201 || r.status() == 409, r.body());
    }

    private void login(ChromeDriver b, Api api, String user, String page) {
        b.get(portal() + page);
        new WebDriverWait(b, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        b.findElement(By.id("username")).sendKeys(user);
        b.findElement(By.id("password")).sendKeys(PASSWORD);
        b.findElement(By.id("signin")).click();
        new WebDriverWait(b, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(page.substring(0, page.indexOf('.'))));
    }

    private static void chartRendered(ChromeDriver b, String id) {
        Object drawn = new WebDriverWait(b, Duration.ofSeconds(15)).until(d -> b.executeScript("var c = document.getElementById('"
                + id + "_canvas'); return c && c.width > 0 && window.Chart && Chart.getChart(c) ? true : null"));
        assertEquals(Boolean.TRUE, drawn, "chart " + id + " drawn by Chart.js");
    }

    /** Waits for the file and for Chromium to finish every download, so the next click starts a fresh one. */
    private static Path download(Path dir, String name) throws Exception {
        Path file = dir.resolve(name);
        for (int i = 0; i < 200 && !(Files.exists(file) && Files.size(file) > 0 && !downloading(dir)); i++) {
            Thread.sleep(150);
        }
        assertTrue(Files.exists(file), "downloaded " + name);
        Thread.sleep(500);
        return file;
    }

    private static boolean downloading(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        }
    }

    private String text(ChromeDriver b, String css) {
        return b.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void aProgramManagerReadsEveryReportDrillsDownAndExports() throws Exception {
        assumeTrue(Browser.available(),
                "headless Chromium from Debian (chromium, chromium-driver) is needed: server-config/ensure-chromium.sh");
        Api api = new Api(deployment);
        ReportingSummariesIT.seeded(api);
        person(api, "pm.reports", "program-manager");
        Path downloads = Path.of(System.getProperty("project.build.directory", "target"), "it-downloads", "pm");
        ChromeDriver b = Browser.start(downloads);
        try {
            login(b, api, "pm.reports", "reports/dashboard.xhtml?" + period());
            assertEquals("66.7%", text(b, ".kpis .kpi:nth-child(1) .kpi-value"), "capture 6 of 9");
            assertEquals("83.3%", text(b, ".kpis .kpi:nth-child(2) .kpi-value"), "match 5 of 6");
            assertEquals("55.6%", text(b, ".kpis .kpi:nth-child(3) .kpi-value"), "confirmed 5 of 9 in scope");
            chartRendered(b, "trend");
            String table = text(b, "[id='report:segments']");
            assertTrue(table.contains("SFO") && table.contains("JFK") && table.contains("ORD"), table);
            Browser.screenshot(b, "dashboard");

            b.findElement(By.id("seg-GATE")).click();
            new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("segment=GATE"));
            chartRendered(b, "trend");
            assertTrue(text(b, "[id='report:segments']").contains("SFO · 1 · A5"));
            Browser.screenshot(b, "dashboard-by-gate");
            b.findElement(By.id("report:segmentsCsv")).click();
            List<String> csv = Files.readAllLines(download(downloads, "performance.csv"), StandardCharsets.UTF_8);
            assertTrue(csv.get(0).contains("Gate") && csv.get(0).contains("Capture rate"), csv.get(0));
            String a5 = csv.stream().filter(l -> l.contains("SFO · 1 · A5")).findFirst().orElseThrow();
            assertTrue(a5.contains("83.3%") && a5.contains("80.0%"), "capture 5/6 and match 4/5 at A5: " + a5);
            assertEquals(4, csv.stream().filter(l -> !l.contains("IAD")).count(), "header and the gates A5, B2, K7"
                    + " (IAD: a capture another test adds): " + csv);
            b.findElement(By.id("report:segmentsXlsx")).click();
            assertEquals("PK", new String(Files.readAllBytes(download(downloads, "performance.xlsx")), 0, 2, StandardCharsets.ISO_8859_1));
            b.findElement(By.id("report:segmentsPdf")).click();
            assertEquals("%PDF", new String(Files.readAllBytes(download(downloads, "performance.pdf")), 0, 4, StandardCharsets.ISO_8859_1));

            b.get(portal() + "reports/dashboard.xhtml?" + period());
            for (String level : List.of("TERMINAL", "GATE", "FLIGHT")) {
                b.findElement(By.xpath("//a[@class='drill'][starts-with(normalize-space(.), 'SFO') or contains(., 'RP · 100')]")).click();
                new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("segment=" + level));
            }
            b.findElement(By.xpath("//a[@class='drill'][contains(., 'RP · 100')]")).click();
            new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("flight.xhtml"));
            chartRendered(b, "flightChart");
            b.findElement(By.id("report:showTravelers")).click();
            new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("report:travelers")));
            assertTrue(text(b, "[id='report:travelers']").contains("REF-RP100-0"));
            Browser.screenshot(b, "flight");
            assertEquals(1, Db.count("select count(*) from audit_event where actor = 'user:pm.reports' and action = 'READ'"
                    + " and object_type = 'flight-travelers'"), "the read of persons is audited");

            openEveryOtherReport(b, api, downloads);
        } finally {
            b.quit();
        }
    }

    private void openEveryOtherReport(ChromeDriver b, Api api, Path downloads) throws Exception {
        b.get(portal() + "reports/accuracy.xhtml?" + period());
        chartRendered(b, "accuracyChart");
        String accuracy = text(b, "[id='report:accuracy']");
        assertTrue(accuracy.contains("cosine-v1") && accuracy.contains("16.7%"), "FNIR 1 of 6 mated: " + accuracy);
        Browser.screenshot(b, "accuracy");

        b.get(portal() + "reports/demographics.xhtml?" + period());
        chartRendered(b, "demographicChart");
        assertTrue(text(b, "[id='report:demographics']").contains("Sample too small to compare (n = 9)"));
        b.findElement(By.id("dim-NATIONALITY")).click();
        new WebDriverWait(b, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("dimension=NATIONALITY"));
        assertTrue(text(b, "[id='report:demographics']").contains("GBR"));
        Browser.screenshot(b, "demographics");

        b.get(portal() + "reports/response-times.xhtml?" + period());
        chartRendered(b, "latencyChart");
        assertTrue(text(b, "[id='report:latency']").contains("AIR_BOARDING"));
        Browser.screenshot(b, "response-times");

        b.get(portal() + "reports/galleries.xhtml?" + period());
        chartRendered(b, "galleryChart");
        assertEquals("2", text(b, ".kpis .kpi:nth-child(1) .kpi-value"), "two flight galleries built");
        Browser.screenshot(b, "galleries");

        b.get(portal() + "reports/devices.xhtml?" + period());
        chartRendered(b, "deviceChart");
        assertEquals("1", b.findElement(By.id("silentCount")).getText(), "the ORD camera stopped three days ago");
        assertTrue(text(b, "[id='report:devices']").contains("SILENT"));
        b.findElement(By.id("report:devicesCsv")).click();
        List<String> devices = Files.readAllLines(download(downloads, "capture-devices.csv"), StandardCharsets.UTF_8);
        assertTrue(devices.stream().anyMatch(l -> l.contains("hist-cam-1") && l.contains("SILENT") && l.contains("10.0%")),
                devices.toString());
        Browser.screenshot(b, "devices");

        b.get(portal() + "reports/exceptions.xhtml?" + period());
        chartRendered(b, "alertChart");
        assertTrue(text(b, "[id='report:runs']").contains("matched: 941"));
        assertTrue(text(b, "[id='report:alerts']").contains("WATCHLIST_HIT"));
        Browser.screenshot(b, "exceptions");

        b.get(portal() + "index.xhtml");
        assertTrue(b.findElement(By.id("tile-performance")).isDisplayed());
        Browser.screenshot(b, "home");
    }

    @Test
    void anAuditorSeesAggregatesButNoPersons() throws Exception {
        assumeTrue(Browser.available(), "headless Chromium from Debian (chromium, chromium-driver) is needed");
        Api api = new Api(deployment);
        ReportingSummariesIT.seeded(api);
        person(api, "auditor.reports", "auditor");
        ChromeDriver b = Browser.start(Path.of(System.getProperty("project.build.directory", "target"), "it-downloads", "auditor"));
        try {
            login(b, api, "auditor.reports",
                    "reports/flight.xhtml?carrier=RP&flight=100&date=" + LocalDate.now().plusDays(1) + "&" + period());
            assertTrue(text(b, "[id='report:touchpoints']").contains("AIR_BOARDING"));
            assertTrue(b.findElements(By.id("report:showTravelers")).isEmpty(), "no way to the persons");
            assertTrue(b.getPageSource().contains("aggregates only"));
            assertFalse(b.getPageSource().contains("REF-RP100-0"));
            Browser.screenshot(b, "flight-as-auditor");
        } finally {
            b.quit();
        }
    }
}
