package org.opentvs.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages (chromium, chromium-driver), driven by Selenium without
 * Selenium Manager (no network): a fresh profile and an emptied download directory per browser.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    public static ChromeDriver start(Path downloads) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        if (Files.isDirectory(downloads)) {
            try (var old = Files.list(downloads)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(downloads);
        Path profile = Files.createTempDirectory("opentvs-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("profile.default_content_setting_values.automatic_downloads", 1);
        options.setExperimentalOption("prefs", prefs);
        // the console, so tests can see Content Security Policy violations
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("project.build.directory", "target"), "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
