package id.sipetruk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One headless Chromium (Debian's, through its own chromedriver: nothing is downloaded) with a fresh profile.
 * Logs in as a person does, on SI PETRUK's login page, and keeps a numbered screenshot of every step.
 */
final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final Path screenshots;

    Browser(String baseUrl, Path screenshots) {
        this(baseUrl, screenshots, "id-ID");
    }

    /** A browser whose person reads the given language (Chromium's --lang: what it asks web pages for). */
    Browser(String baseUrl, Path screenshots, String language) {
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        try {
            this.profile = Files.createTempDirectory("sipetruk-chromium-");
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Makassar")) // the regency's clock, as on its users' machines
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    }

    WebDriver driver() {
        return driver;
    }

    String url(String path) {
        return baseUrl + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Waits for a condition; a page that is replaced while the condition reads it is simply read again. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return waiting().until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Clicks the element; one re-rendered between being found and clicked (Cockpit redraws its tabs) is found again. */
    void click(By by) {
        waiting().until(d -> {
            WebElement element = clickable(by);
            scrollIntoView(element);
            element.click();
            return true;
        });
    }

    void scrollIntoView(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return visible(by).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Logs in on /masuk, as the person would; whoever was logged in before is logged out first. */
    void loginAs(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/masuk");
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(d -> !currentPath().startsWith("/masuk"));
        // the login lands on Tasklist; let it finish loading before the test navigates anywhere else
        waiting().until(d -> "complete".equals(js("return document.readyState;")));
        if (currentPath().startsWith("/camunda/app/tasklist")) {
            visible(By.cssSelector(".task-filter h4.name a"));
        }
    }

    void logout() {
        driver.manage().deleteAllCookies();
    }

    /** Sets the page's viewport (what a tablet or laptop screen shows), whatever the window's own frame takes. */
    @SuppressWarnings("unchecked")
    void resize(int width, int height) {
        Map<String, Number> frame = (Map<String, Number>) js("return {w: window.outerWidth - window.innerWidth,"
                + " h: window.outerHeight - window.innerHeight};");
        driver.manage().window().setSize(new Dimension(width + frame.get("w").intValue(),
                height + frame.get("h").intValue()));
    }

    /** Fetches a URL with the browser's own login session, as a click on a link would; returns status, type and body. */
    @SuppressWarnings("unchecked")
    Download fetch(String path) {
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async (r) => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                  done({status: r.status, type: r.headers.get('content-type') || '', body: btoa(binary)});
                }).catch((e) => done({status: -1, type: '', body: '', error: String(e)}));
                """, path);
        return new Download(((Number) result.get("status")).intValue(), (String) result.get("type"),
                Base64.getDecoder().decode((String) result.get("body")));
    }

    record Download(int status, String contentType, byte[] body) {
    }

    Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Screenshot and page source, for a step that failed. */
    void keepEvidence(String name) {
        try {
            screenshot(name);
            Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
            Files.write(screenshots.resolve(name + ".console.txt"), driver.manage().logs().get(LogType.BROWSER).getAll()
                    .stream().map(LogEntry::toString).toList());
        } catch (RuntimeException | IOException e) {
            // the failure itself is what matters; evidence is best effort
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
