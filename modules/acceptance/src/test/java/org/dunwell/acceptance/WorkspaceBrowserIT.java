package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web workspace in a real browser: Debian's Chromium, headless, driven through its chromedriver,
 * against the started server with the demo data. Each scenario of issue 22 is walked through the
 * screens only (the API is used to check what the screens did, never to do it). On the Derby tier
 * the main pages are written to docs/screenshots/. The PostgreSQL server signs people in through an OpenID
 * Connect provider (the stub one of these tests), so there every sign-in goes through its page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT {

    private static final String BASE = HttpApi.BASE;
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("dunwell.it.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("dunwell.it.chromium", "/usr/bin/chromium"));
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        HttpApi.awaitReady();
        if (StubOpenIdProvider.configured()) {
            StubOpenIdProvider.instance();
        }
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            fail("the browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run does)");
        }
        profile = Files.createTempDirectory("dunwell-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void anAgentSignsInWithTheKeyboardAndSeesOnlyTheCustomersOfItsPool() {
        browser.manage().deleteAllCookies();
        browser.get(BASE + "/");
        awaitSignInPage();
        screenshot("sign-in");
        WebElement user = browser.findElement(By.id("username"));
        user.sendKeys("agent1", Keys.TAB, "agent1-pw", Keys.ENTER);
        waitFor(ExpectedConditions.textToBe(By.id("signed-in-user"), "agent1"));
        List<String> accounts = columnTexts("highest-balances", 1);
        assertThat(accounts).hasSize(25);
        for (String account : accounts) {
            assertThat(MANAGER.get("/api/v1/customers/" + account).json().getString("region"))
                    .as("the region of %s on agent1's overview", account).isEqualTo("NORTH");
        }
        assertThat(text("#highest-balances .pager span")).matches("1–25 of \\d+");
        noSeriousAccessibilityViolation("overview");
        screenshot("agent-overview");

        browser.manage().window().setSize(new Dimension(420, 800));
        assertThat((Long) script("return document.documentElement.scrollWidth - window.innerWidth;"))
                .as("the page fits a narrow window (tables scroll inside their box)").isLessThanOrEqualTo(1L);
        screenshot("agent-overview-narrow");
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    @Test
    @Order(2)
    void anAgentRecordsAPromiseOnACustomerPageAndSeesItOnTheTimeline() {
        signIn("agent1");
        String account = columnTexts("highest-balances", 1).get(0);
        browser.findElement(By.linkText(account)).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#open tbody tr button")));
        int row = columnTexts("open", 7).indexOf("NONE");
        assertThat(row).as("an open invoice of %s without promise or dispute", account).isNotNegative();
        String document = columnTexts("open", 1).get(row);
        assertThat(text("#summary-text")).contains(account);
        browser.findElements(By.cssSelector("#open tbody tr")).get(row).findElement(By.tagName("button")).click();
        WebElement promisedOn = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-promisedOn")));
        LocalDate by = LocalDate.parse(MANAGER.get("/api/v1/admin/business-date").json().getString("date")).plusDays(7);
        setDate(promisedOn, by);
        browser.findElement(By.cssSelector("dialog button[type=submit]")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog[open]")));
        noSeriousAccessibilityViolation("customer page");
        screenshot("customer-page");

        WebElement timelineTab = browser.findElement(By.id("tab-open"));
        timelineTab.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        waitFor(ExpectedConditions.attributeToBe(By.id("tab-timeline"), "aria-selected", "true"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("timeline-type"))).selectByValue("ACTION");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#timeline tbody"), "promise"));
        assertThat(text("#timeline tbody")).contains("agent1");
        JsonObject promise = MANAGER.get("/api/v1/promises?account=" + account + "&status=OPEN&size=100").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonArray("documents").getString(0).equals(document)).findFirst().orElseThrow();
        assertThat(text("#timeline tbody")).contains("promise-made").contains(document);
        assertThat(promise.getString("createdBy")).isEqualTo("agent1");
        screenshot("customer-timeline");
    }

    @Test
    @Order(3)
    void anAgentDraftsEditsApprovesAndSendsAReminderThatReachesTheOutbox() {
        signIn("agent1");
        String account = columnTexts("highest-balances", 1).get(1);
        browser.get(BASE + "/#/customers/" + account);
        waitFor(ExpectedConditions.elementToBeClickable(By.id("draft-reminder"))).click();
        WebElement body = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("draft-body")));
        assertThat(text("#verification")).contains("Every figure");
        body.sendKeys(Keys.END, "\n\nPlease call us if anything is unclear.");
        browser.findElement(By.id("draft-save")).click();
        waitFor(ExpectedConditions.attributeToBe(By.id("draft-save"), "disabled", "true"));
        assertThat(text("#verification")).contains("Every figure");
        screenshot("reminder-draft");
        browser.findElement(By.id("draft-approve")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog[open]")));

        signIn("manager");
        browser.get(BASE + "/#/runs");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("tab-outbox"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#outbox tbody"), account));
        String row = browser.findElements(By.cssSelector("#outbox tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.contains(account)).findFirst().orElseThrow();
        assertThat(row).contains("REMINDER");
        JsonObject draft = MANAGER.get("/api/v1/drafts?account=" + account + "&status=APPROVED").json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(draft.getString("body")).as("the edited text is the one approved").contains("Please call us");
        assertThat(draft.getString("approvedBy")).isEqualTo("agent1");
        assertThat(draft.getString("editedBy")).isEqualTo("agent1");
    }

    @Test
    @Order(4)
    void aClerkRequestsALimitChangeAndTheCfoApprovesIt() {
        String account = "C00002";
        signIn("clerk");
        browser.get(BASE + "/#/credit");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("request-limit"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-account"))).sendKeys(account);
        browser.findElement(By.id("f-requestedLimit")).sendKeys("123456.00");
        browser.findElement(By.id("f-reason")).sendKeys("new framework contract");
        browser.findElement(By.cssSelector("dialog button[type=submit]")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog[open]")));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#limit-requests tbody"), "123"));
        noSeriousAccessibilityViolation("credit screens");
        screenshot("limit-requests");

        signIn("cfo");
        browser.get(BASE + "/#/credit");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("tab-requests"))).click();
        clickInRow("limit-requests", "Approve", account, "clerk");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-note"))).sendKeys("within policy");
        browser.findElement(By.cssSelector("dialog button[type=submit]")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog[open]")));
        JsonObject request = MANAGER.get("/api/v1/credit-limit-requests?account=" + account).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(request.getString("status")).isEqualTo("APPROVED");
        assertThat(request.getString("requestedBy")).isEqualTo("clerk");
        assertThat(request.getString("decidedBy")).isEqualTo("cfo");
    }

    @Test
    @Order(5)
    void aManagerStartsAnAgingSnapshotAndWatchesItsProgressBarFinish() {
        signIn("manager");
        browser.get(BASE + "/#/runs");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("start-snapshot"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-asOf")));
        browser.findElement(By.cssSelector("dialog button[type=submit]")).click();
        WebElement bar = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("snapshot-progress")));
        waitFor(ExpectedConditions.attributeToBe(By.id("snapshot-progress"), "data-status", "COMPLETED"));
        assertThat(bar.getAttribute("value")).isEqualTo("100");
        noSeriousAccessibilityViolation("runs");
        screenshot("runs");
    }

    /**
     * In a company of its own (so that no other test's mail server receives its letters): two overdue
     * customers without an e-mail address, the standard letter sequence; the run is chosen, started,
     * reviewed and posted in the browser, after choosing that company in the shell.
     */
    @Test
    @Order(6)
    void aManagerReviewsAndPostsALetterRunAndOpensALettersPdf() {
        String company = "W" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate today = LocalDate.parse(MANAGER.get("/api/v1/admin/business-date").json().getString("date"));
        HttpApi.as("admin").postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Browser IT Ltd\","
                + "\"accountingCurrency\":\"EUR\",\"language\":\"en\"}").assertStatus(201);
        HttpApi erp = HttpApi.as("erp");
        erp.post("/api/v1/imports/customers?company=" + company, "text/csv", """
                account,name,currency,region,language
                W1,First Browser Customer,EUR,NORTH,en
                W2,Second Browser Customer,EUR,NORTH,de
                """).assertStatus(200);
        erp.post("/api/v1/imports/invoices?company=" + company, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + "WI-1,W1," + today.minusDays(60) + "," + today.minusDays(30) + ",EUR,1234.56\n"
                + "WI-2,W2," + today.minusDays(60) + "," + today.minusDays(30) + ",EUR,200.00\n").assertStatus(200);
        DunningSteps.standardSequence(company);

        signIn("manager");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(".selectors label:first-child select")))
                .selectByValue(company);
        browser.get(BASE + "/#/runs");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("tab-letter-runs"))).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("start-letter-run"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-asOf")));
        browser.findElement(By.cssSelector("dialog button[type=submit]")).click();
        waitFor(ExpectedConditions.attributeToBe(By.id("letter-run-progress"), "data-status", "PROPOSED"));
        assertThat(columnTexts("run-lines", 2)).containsExactlyInAnyOrder("W1", "W2");
        screenshot("letter-run-proposal");
        browser.findElement(By.id("post-run")).click();
        waitFor(ExpectedConditions.attributeToBe(By.id("letter-run-progress"), "data-status", "POSTED"));
        assertThat(columnTexts("run-letters", 2)).containsExactlyInAnyOrder("W1", "W2");
        String pdf = browser.findElement(By.cssSelector("#run-letters a.letter-pdf")).getAttribute("href");
        assertThat(pdf).contains("company=" + company);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async r => done({status: r.status, type: r.headers.get('Content-Type'),"
                        + " head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))}));", pdf);
        assertThat(answer).containsEntry("status", 200L).containsEntry("type", "application/pdf").containsEntry("head", "%PDF-");
        browser.get(pdf);
        screenshot("letter-pdf");
        browser.get(BASE + "/");
        new org.openqa.selenium.support.ui.Select(waitFor(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".selectors label:first-child select")))).selectByValue("DW01");
    }

    @Test
    @Order(7)
    void theWorkspaceSpeaksGermanWithGermanNumbersAndDates() {
        signIn("agent1");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(".selectors label:last-child select")))
                .selectByValue("de");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Übersicht"));
        String balance = columnTexts("highest-balances", 3).get(0);
        assertThat(balance).matches(".*\\d{1,3}(\\.\\d{3})*,\\d{2}.*");
        screenshot("agent-overview-de");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(".selectors label:last-child select")))
                .selectByValue("en");
    }

    @Test
    @Order(8)
    void theCfoApprovesAHandOverToTheAgencyOnTheAgencyScreen() {
        String company = "W" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String q = "?company=" + company;
        HttpApi admin = HttpApi.as("admin");
        admin.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Browser agency\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        HttpApi erp = HttpApi.as("erp");
        erp.post("/api/v1/imports/customers" + q, "text/csv", "account,name,currency\nB1,Big Debtor AG,EUR\n")
                .assertStatus(200);
        erp.post("/api/v1/imports/invoices" + q, "text/csv", "document,account,document_date,due_date,currency,amount\n"
                + "BW-1,B1,2026-06-01,2026-07-01,EUR,75000.00\n").assertStatus(200);
        try (StubHeronAgency heron = new StubHeronAgency()) {
            heron.claim("HER-B");
            String plugin = "/api/v1/plugins/agency-heron/configuration" + q;
            admin.putJson(plugin, admin.get(plugin).assertStatus(200).header("ETag"),
                    heron.configuration("agency contract")).assertStatus(200);
            long caseId = MANAGER.postJson("/api/v1/cases" + q, "{\"title\":\"Big\",\"category\":\"AGENCY\","
                    + "\"documents\":[\"BW-1\"]}").assertStatus(201).json().getJsonNumber("id").longValue();
            MANAGER.postJson("/api/v1/agency-handovers" + q, "{\"caseId\":" + caseId + ",\"reason\":\"no answer\"}")
                    .assertStatus(201);

            signIn("cfo");
            script("localStorage.setItem('dunwell.company', arguments[0])", company);
            try {
                browser.get(BASE + "/#/integrations");
                browser.navigate().refresh(); // the shell reads the company at load
                clickInRow("agency-handovers", "Approve", "B1", "AWAITING_APPROVAL");
                waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-note"))).sendKeys("agreed");
                browser.findElement(By.cssSelector("dialog button[type=submit]")).click();
                waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog[open]")));
                waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#agency-handovers tbody"),
                        "HER-B"));
                assertThat(text("#agency-handovers tbody")).contains("HANDED_OVER", "75,000.00");
                noSeriousAccessibilityViolation("agency screen");
                screenshot("agency-handovers");
            } finally {
                script("localStorage.removeItem('dunwell.company')");
            }
        }
        JsonObject handover = MANAGER.get("/api/v1/agency-handovers" + q).json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(handover.getString("decidedBy")).isEqualTo("cfo");
        assertThat(handover.getString("state")).isEqualTo("HANDED_OVER");
    }

    @Test
    @Order(9)
    void aClerkAsksTheInsurerForCoverFromTheCreditProfileAndIsToldWhyNot() {
        signIn("clerk");
        browser.get(BASE + "/#/credit/C00005");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("ask-cover"))).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("f-amount"))).sendKeys("0.00");
        browser.findElement(By.id("f-country")).sendKeys("DE");
        browser.findElement(By.id("f-reason")).sendKeys("new contract");
        browser.findElement(By.cssSelector("dialog button[type=submit]")).click();
        // whatever insurer the demo company has enabled (the demo's sandbox, or none), the API refuses a zero amount
        // and its refusal is shown in the dialog
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog .error"))).getText())
                .contains("must be more than zero");
        noSeriousAccessibilityViolation("credit profile with its dialog");
    }

    private static void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(BASE + "/login.html");
        awaitSignInPage();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-pw");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.textToBe(By.id("signed-in-user"), user));
    }

    /**
     * The sign-in form: the workspace's own, or, where this server signs in through OpenID Connect (the
     * PostgreSQL test server), the provider's, where the sign-in page has sent the browser on.
     */
    private static void awaitSignInPage() {
        waitFor(ExpectedConditions.urlContains(StubOpenIdProvider.configured()
                ? StubOpenIdProvider.instance().issuer() + "/authorize" : "login.html"));
        waitFor(ExpectedConditions.elementToBeClickable(By.id("username")));
    }

    /** Clicks the button of the first row holding all these texts, once the table shows one. */
    private static void clickInRow(String table, String button, String... texts) {
        waitFor(driver -> {
            try {
                for (WebElement row : driver.findElements(By.cssSelector("#" + table + " tbody tr"))) {
                    String text = row.getText();
                    if (java.util.Arrays.stream(texts).allMatch(text::contains)) {
                        row.findElement(By.xpath(".//button[text()='" + button + "']")).click();
                        return true;
                    }
                }
                return null;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** The texts of one column of a table's rows, once it has rows. */
    private static List<String> columnTexts(String table, int column) {
        By cells = By.cssSelector("#" + table + " tbody tr td:nth-child(" + column + ")");
        waitFor(driver -> driver.findElements(cells).size() > 1
                || (driver.findElements(cells).size() == 1 && !driver.findElement(cells).getText().isBlank()));
        return browser.findElements(cells).stream().map(WebElement::getText).toList();
    }

    private static String text(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    private static void setDate(WebElement input, LocalDate date) {
        script("const input = arguments[0]; input.value = arguments[1];"
                + " input.dispatchEvent(new Event('input', {bubbles: true}));", input, date.toString());
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            keepFailure();
            throw e;
        }
    }

    /** What the browser showed when a wait ran out: target/browser-failures/, page and picture, for the report. */
    private static void keepFailure() {
        try {
            Path directory = Path.of("target", "browser-failures");
            Files.createDirectories(directory);
            String name = InServerTier.database() + "-" + System.currentTimeMillis();
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(directory.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
        } catch (IOException | RuntimeException e) {
            // the test fails with its own message all the same
        }
    }

    /** axe-core (from its WebJar) on the page as it is now: no serious or critical violation. */
    @SuppressWarnings("unchecked")
    private static void noSeriousAccessibilityViolation(String page) {
        script(axeSource());
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));");
        assertThat(violations).as("serious accessibility violations on the %s", page).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = WorkspaceBrowserIT.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/" + System.getProperty("dunwell.it.axeVersion", "4.6.3")
                        + "/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core's WebJar is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On the Derby tier: the page as it is now, to docs/screenshots/NAME.png. */
    private static void screenshot(String name) {
        String directory = System.getProperty("dunwell.it.screenshots");
        if (directory == null || !"derby".equals(InServerTier.database())) {
            return;
        }
        try {
            Files.createDirectories(Path.of(directory));
            Files.write(Path.of(directory, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("could not write the screenshot " + name, e);
        }
    }
}
