package org.concert.web;

import org.concert.casefile.CaseLoader;
import org.concert.server.ConcertServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real browser: headless Chromium from Debian's packages, driven by Selenium through
 * Debian's chromedriver, against the server on a random port with the repository's rules and cases.
 * Each test leaves a screenshot in {@code target/screenshots/}, and fails if the page logged a JavaScript
 * error (browser log at SEVERE). Run with {@code ./mvnw verify -Pbrowser}.
 */
@SpringBootTest(classes = ConcertServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebPagesBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("concert.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("concert.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String RUSSIA_WEST = "russia-west-1990-2022";

    static ChromeDriver browser;
    static Path profile;

    @LocalServerPort
    int port;
    WebDriverWait wait;

    @BeforeAll
    static void startChromium() throws IOException {
        assertThat(CHROMIUM).as("Chromium (apt-get install chromium)").isExecutable();
        assertThat(CHROMEDRIVER).as("ChromeDriver (apt-get install chromium-driver)").isExecutable();
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("concert-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=en-US", "--window-size=1280,1000", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) browser.quit();
        if (profile != null) FileSystemUtils.deleteRecursively(profile);
    }

    @BeforeEach
    void aWideWindow() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void noJavaScriptErrors() {
        List<String> severe = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) severe.add(e.getMessage());
        }
        assertThat(severe).as("errors in the browser's console").isEmpty();
    }

    @Test
    void theCasesPageListsEveryCaseWithItsLevelAtTheEndAndItsLeadTimes() {
        open("/");
        wait.until(b -> b.findElements(By.cssSelector("#cases tbody tr")).size() >= 15
                && b.findElements(By.xpath("//*[@id='cases']//td[normalize-space()='…']")).isEmpty());
        WebElement russiaWest = browser.findElement(By.cssSelector("#cases tr[data-case='" + RUSSIA_WEST + "']"));
        assertThat(russiaWest.findElement(By.cssSelector("th a")).getAttribute("href")).endsWith("case.html?id=" + RUSSIA_WEST);
        assertThat(russiaWest.getText()).contains("1990-01-01 – 2022-02-24", "HIGH", "invasion-2022 (2022-02-24)", "years ahead");
        screenshot("cases");
    }

    @Test
    void theP20WarningAt20080404ExpandsByKeyboardDownToTheSourcedBucharestFact() {
        openCase(RUSSIA_WEST);
        fullPageScreenshot("case");
        WebElement date = browser.findElement(By.id("as-of"));
        date.sendKeys("04042008");
        assertThat(date.getAttribute("value")).isEqualTo("2008-04-04");
        date.sendKeys(Keys.ENTER);
        wait.until(b -> "2008-04-04".equals(b.findElement(By.id("evaluation-result")).getAttribute("data-as-of")));
        assertThat(browser.getCurrentUrl()).endsWith("asOf=2008-04-04");

        WebElement warning = browser.findElement(By.cssSelector("#evaluation-result article.warning[data-proposition='P20']"));
        // HIGH since review (issue 16): no sourced "bluff" of Bucharest raises it by P21; the steps show P22's corroboration.
        assertThat(warning.getAttribute("data-level")).isEqualTo("HIGH");
        WebElement steps = warning.findElement(By.cssSelector("details.level-steps > summary"));
        assertThat(steps.getText()).startsWith("Why HIGH: HIGH");
        pressOn(steps, Keys.ENTER);
        assertThat(focusOutline()).as("a summary with the keyboard's focus is outlined").isNotEqualTo("none");

        WebElement tree = warning.findElement(By.cssSelector(":scope > details.node"));
        assertThat(tree.findElement(By.tagName("summary")).getText()).contains("P20 · §3", "Promising membership");
        for (int depth = 0; depth < 10; depth++) {
            List<WebElement> closed = tree.findElements(By.xpath("descendant-or-self::details[not(@open)]/summary"))
                    .stream().filter(WebElement::isDisplayed).toList();
            if (closed.isEmpty()) break;
            closed.forEach(summary -> pressOn(summary, Keys.SPACE));
        }
        assertThat(tree.findElements(By.xpath(".//details[not(@open)]"))).isEmpty();
        WebElement bucharest = tree.findElement(By.cssSelector("li.fact[data-fact-id='bucharest-2008']"));
        assertThat(bucharest.isDisplayed()).isTrue();
        assertThat(bucharest.getText()).contains("2008-04-03", "Bucharest", "NATO (2008)");
        assertThat(bucharest.findElement(By.tagName("a")).getAttribute("href")).startsWith("https://www.nato.int/");
        assertThat(tree.findElements(By.cssSelector("details.node[data-proposition='P18'] li.fact")).stream().map(WebElement::getText))
                .anyMatch(t -> t.contains("Barbarossa"));
        assertThat(browser.findElements(By.cssSelector("#evaluation-result details.assessment"))).isNotEmpty();
        elementScreenshot(warning, "justification-tree");
    }

    @Test
    void theTimelineChartPlotsTheHighestLevelPerMonthWithTheFactsAndOutcomes() {
        openCase(RUSSIA_WEST);
        wait.until(b -> b.findElement(By.id("timeline-chart")).getAttribute("data-points") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> plotted = (Map<String, Object>) script("""
                const option = echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption();
                const levels = option.series[0].data.map(point => point[1]);
                const canvas = document.querySelector('#timeline-chart canvas');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let line = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                  if (Math.abs(pixels[i] - 26) < 16 && Math.abs(pixels[i + 1] - 95) < 16 && Math.abs(pixels[i + 2] - 180) < 16) line++;
                }
                return {months: levels.length, highest: Math.max(...levels), facts: option.series[1].data.length,
                        outcomes: option.series[2].data.map(o => o.value[0]), linePixels: line};""");
        assertThat(((Number) plotted.get("months")).intValue()).isEqualTo(387);
        assertThat(((Number) plotted.get("highest")).intValue()).as("HIGH is the 3rd level").isEqualTo(3);
        assertThat(((Number) plotted.get("facts")).intValue()).isGreaterThan(20);
        assertThat(plotted.get("outcomes")).isEqualTo(List.of("1992-07-14", "2022-02-24"));
        assertThat(((Number) plotted.get("linePixels")).intValue()).as("pixels in the line's colour").isGreaterThan(500);
        elementScreenshot(browser.findElement(By.id("timeline")), "timeline");
        WebElement table = browser.findElement(By.cssSelector("#timeline-table > summary"));
        pressOn(table, Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("#timeline-table table")).getText()).contains("2000-03-01 HIGH", "Distrust: assurances to Russia of no expansion were broken");
    }

    @Test
    void switchingTheBucharestFactOffMakesTheP20WarningVanish() {
        open("/case.html?id=" + RUSSIA_WEST + "&asOf=2008-04-04");
        wait.until(b -> "2008-04-04".equals(b.findElement(By.id("evaluation-result")).getAttribute("data-as-of")));
        assertThat(browser.findElements(By.cssSelector("#evaluation-result article[data-proposition='P20']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#add-fact select[name=kind] option")).stream().map(o -> o.getAttribute("value")))
                .as("the kinds of event the form offers are the case format's").containsExactlyElementsOf(eventKindsOfTheSchema());

        WebElement fact = browser.findElement(By.cssSelector("#fact-bucharest-2008 input[type=checkbox]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", fact);
        pressOn(fact, Keys.SPACE);
        assertThat(fact.isSelected()).isFalse();
        assertThat(browser.findElement(By.id("what-if-changes")).getText()).startsWith("1 fact off, 0 added; as of 2008-04-04");
        pressOn(browser.findElement(By.id("run-what-if")), Keys.ENTER);
        wait.until(b -> !b.findElements(By.cssSelector("#what-if-result .summary")).isEmpty());

        assertThat(browser.findElement(By.cssSelector("#what-if-result .summary")).getText())
                .isEqualTo("As of 2008-04-04, without bucharest-2008: 1 warning vanished, no warnings appeared, no warnings changed level.");
        List<WebElement> vanished = browser.findElements(By.cssSelector("#what-if-before li.vanished"));
        assertThat(vanished).hasSize(1);
        assertThat(vanished.get(0).getAttribute("data-proposition")).isEqualTo("P20");
        assertThat(vanished.get(0).getText()).contains("NATO promised membership to Ukraine", "VANISHED");
        int before = browser.findElements(By.cssSelector("#what-if-before li")).size();
        assertThat(browser.findElements(By.cssSelector("#what-if-after li"))).hasSize(before - 1)
                .noneMatch(w -> "red-line-crossed".equals(w.getAttribute("data-kind")));
        elementScreenshot(browser.findElement(By.id("facts")), "what-if");
    }

    @Test
    void anEventAddedFromTheFormMakesTheRedLineWarningAppearEarlier() {
        open("/case.html?id=" + RUSSIA_WEST + "&asOf=2008-03-01");
        wait.until(b -> "2008-03-01".equals(b.findElement(By.id("evaluation-result")).getAttribute("data-as-of")));
        assertThat(browser.findElements(By.cssSelector("#evaluation-result article[data-proposition='P20']"))).isEmpty();

        pressOn(browser.findElement(By.cssSelector("#add-fact > summary")), Keys.ENTER);
        WebElement form = browser.findElement(By.id("add-fact"));
        form.findElement(By.name("date")).sendKeys("02202008");
        new Select(form.findElement(By.name("kind"))).selectByValue("membership-promised");
        form.findElement(By.name("title")).sendKeys("NATO promises Ukraine membership in February");
        form.findElement(By.name("organisation")).sendKeys("NATO");
        form.findElement(By.name("parties")).sendKeys("UKR");
        pressOn(browser.findElement(By.id("add-event")), Keys.ENTER);
        assertThat(browser.findElement(By.id("added-events")).getText()).contains("what-if-1: 2008-02-20 membership-promised");
        pressOn(browser.findElement(By.id("run-what-if")), Keys.ENTER);
        wait.until(b -> !b.findElements(By.cssSelector("#what-if-result .summary")).isEmpty());

        assertThat(browser.findElement(By.cssSelector("#what-if-result .summary")).getText())
                .isEqualTo("As of 2008-03-01, with what-if-1: no warnings vanished, 1 warning appeared, no warnings changed level.");
        WebElement appeared = browser.findElement(By.cssSelector("#what-if-after li.appeared"));
        assertThat(appeared.getAttribute("data-proposition")).isEqualTo("P20");
        assertThat(appeared.getText()).contains("NEW");
        pressOn(browser.findElement(By.cssSelector("#what-if-result .appeared-trees > summary")), Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("#what-if-result .appeared-trees li.fact[data-fact-id='what-if-1']")).getDomProperty("textContent"))
                .contains("2008-02-20", "NATO promises Ukraine membership in February", "Analyst");
        elementScreenshot(browser.findElement(By.id("what-if-result")), "what-if-added");
    }

    @Test
    void theRulesPageGroupsTheCatalogueBySectionWithTheCasesEachRuleFiresIn() {
        open("/rules.html");
        wait.until(b -> !b.findElements(By.cssSelector("#catalogue section")).isEmpty());
        List<String> sections = browser.findElements(By.cssSelector("#catalogue section > h2")).stream().map(WebElement::getText).toList();
        assertThat(sections).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sections.get(0)).startsWith("§1 ");
        WebElement p20 = browser.findElement(By.id("P20"));
        assertThat(p20.findElement(By.tagName("h3")).getText()).startsWith("P20 ");
        WebElement rule = p20.findElement(By.cssSelector("tr[data-rule='Promising membership to a red-line buffer state crosses the red line']"));
        assertThat(rule.findElements(By.tagName("a")).stream().map(WebElement::getText)).contains(RUSSIA_WEST);
        screenshot("rules");
        elementScreenshot(p20, "rules-p20");
    }

    @Test
    void onANarrowScreenTheCasePageNeedsNoSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(390, 900));
        open("/case.html?id=" + RUSSIA_WEST + "&asOf=2008-04-04");
        wait.until(b -> "2008-04-04".equals(b.findElement(By.id("evaluation-result")).getAttribute("data-as-of")));
        wait.until(b -> b.findElement(By.id("timeline-chart")).getAttribute("data-points") != null);
        Number overflow = (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("pixels wider than the window").isLessThanOrEqualTo(0);
        fullPageScreenshot("case-narrow");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItsTargetIsTheMainContent() {
        openCase(RUSSIA_WEST);
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Skip to content");
        assertThat(first.getAttribute("href")).endsWith("#main");
        assertThat(focusOutline()).isNotEqualTo("none");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void openCase(String id) {
        open("/case.html?id=" + id);
        wait.until(b -> b.findElement(By.id("evaluation-result")).getAttribute("data-as-of") != null
                && b.findElement(By.id("timeline-chart")).getAttribute("data-points") != null);
    }

    /** Focuses the element as Tab would, then presses the key on it. */
    private void pressOn(WebElement element, CharSequence key) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", element);
        browser.switchTo().activeElement().sendKeys(key);
    }

    private String focusOutline() {
        return (String) script("return getComputedStyle(document.activeElement).outlineStyle;");
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static List<String> eventKindsOfTheSchema() {
        try {
            JsonNode schema = CaseLoader.mapper().readTree(Files.readString(Path.of("cases/case.schema.json")));
            List<String> kinds = new ArrayList<>();
            schema.get("$defs").get("event").get("properties").get("kind").get("enum").forEach(k -> kinds.add(k.asString()));
            return kinds;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void screenshot(String name) {
        save(name, browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole element, also where it runs past the window, through the DevTools protocol. */
    private static void elementScreenshot(WebElement element, String name) {
        capture(name, ((JavascriptExecutor) browser).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};""", element));
    }

    /** The whole page, not only the window. */
    private static void fullPageScreenshot(String name) {
        capture(name, ((JavascriptExecutor) browser).executeScript(
                "return {x: 0, y: 0, width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight};"));
    }

    @SuppressWarnings("unchecked")
    private static void capture(String name, Object area) {
        Map<String, Object> clip = new java.util.HashMap<>((Map<String, Object>) area);
        clip.put("scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true, "clip", clip));
        save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static void save(String name, byte[] png) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
