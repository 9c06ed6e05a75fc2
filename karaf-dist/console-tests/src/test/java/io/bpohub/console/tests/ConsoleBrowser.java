package io.bpohub.console.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium on the console, with the few page operations the tests share. */
final class ConsoleBrowser implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final String consoleUrl;
    private final Path profile;

    private ConsoleBrowser(ChromeDriver driver, String consoleUrl, Path profile) {
        this.driver = driver;
        this.consoleUrl = consoleUrl;
        this.profile = profile;
    }

    /** Starts chromedriver and Chromium with a fresh profile directory. */
    static ConsoleBrowser open(String baseUrl, Path buildDir) throws IOException {
        File chromedriver = new File(System.getProperty("bpo.console.chromedriver", "/usr/bin/chromedriver"));
        File chromium = new File(System.getProperty("bpo.console.chrome", "/usr/bin/chromium"));
        if (!chromedriver.canExecute() || !chromium.canExecute()) {
            throw new IllegalStateException("Needs " + chromium + " and " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver), or -Dbpo.console.chrome/-Dbpo.console.chromedriver");
        }
        Path profile = Files.createTempDirectory("bpohub-console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withLogFile(buildDir.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new ConsoleBrowser(driver, baseUrl + "/console/", profile);
    }

    String consoleUrl() {
        return consoleUrl;
    }

    WebDriverWait await() {
        return await(WAIT);
    }

    WebDriverWait await(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return await().until(condition);
    }

    /** Opens the console signed out (a fresh session storage) and waits for the login form. */
    void openSignedOut() {
        driver.get(consoleUrl);
        ((JavascriptExecutor) driver).executeScript("window.sessionStorage.clear();");
        driver.get(consoleUrl + "#/login");
        driver.navigate().refresh();
        visible(By.id("login-form"));
    }

    /** Fills in and sends the login form. */
    void submitLogin(String username, String password) {
        type(By.id("login-username"), username);
        type(By.id("login-password"), password);
        driver.findElement(By.id("login-submit")).click();
    }

    /** Signs in and waits until the header shows the person. */
    void login(String username, String password) {
        openSignedOut();
        submitLogin(username, password);
        await().until(d -> {
            Optional<WebElement> error = displayed(By.id("login-error"));
            if (error.isPresent()) {
                throw new AssertionError("Login of " + username + " failed: " + error.get().getText());
            }
            return displayed(By.id("app-header")).isPresent()
                    && driver.findElement(By.id("current-user")).getText().contains(username);
        });
    }

    WebElement visible(By by) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Optional<WebElement> displayed(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst();
    }

    void type(By by, String text) {
        WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    void select(By by, String value) {
        new Select(visible(by)).selectByValue(value);
    }

    /**
     * Sets a control's value as a script would and tells the page (input and change events): for date
     * and date-time inputs, whose typing order depends on the browser's language.
     */
    void setValue(By by, String value) {
        WebElement input = visible(by);
        driver.executeScript("const el = arguments[0]; el.value = arguments[1];"
                + "el.dispatchEvent(new Event('input', {bubbles: true}));"
                + "el.dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    static By test(String id) {
        return By.cssSelector("[data-test='" + id + "']");
    }

    static By row(String test, String attribute, String value) {
        return By.cssSelector("[data-test='" + test + "'][" + attribute + "='" + value + "']");
    }

    /** Waits for a form to answer: its success condition, or fails with the problem shown next to it. */
    <T> T awaitFormResult(String errorBoxId, Duration timeout, Function<WebDriver, T> success) {
        return await(timeout).until(d -> {
            Optional<WebElement> problem = displayed(By.id(errorBoxId));
            if (problem.isPresent()) {
                throw new AssertionError("The form answered with a problem: " + problem.get().getText());
            }
            return success.apply(d);
        });
    }

    /** Waits for a loaded table/tree (the pages mark it with data-loaded once the answer is shown). */
    void awaitLoaded(String id) {
        await().until(ExpectedConditions.attributeToBe(By.id(id), "data-loaded", "true"));
    }

    /**
     * Finds a user's row in the paged users table, paging forward from the first page as needed.
     */
    WebElement findUserRow(String username) {
        awaitLoaded("users-table");
        By rowBy = row("user-row", "data-username", username);
        while (true) {
            List<WebElement> rows = driver.findElements(rowBy);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            WebElement next = driver.findElement(By.id("users-next"));
            if (!next.isEnabled()) {
                throw new AssertionError("User " + username + " is not in the users table");
            }
            String before = driver.findElement(By.id("users-page-info")).getText();
            next.click();
            await().until(d -> !d.findElement(By.id("users-page-info")).getText().equals(before));
        }
    }

    void screenshot(Path target) {
        try {
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + target + ": " + e);
        }
    }

    void savePage(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save page " + target + ": " + e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
