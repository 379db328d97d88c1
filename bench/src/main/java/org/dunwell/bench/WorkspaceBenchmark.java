package org.dunwell.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web workspace's two goals of issue 22, against a started server with the demo data
 * ({@code ./mvnw -pl modules/server liberty:start}):
 * <ul>
 *   <li>the JavaScript and CSS the overview loads, raw and gzip-compressed (followed from the import map
 *       and the modules' imports, fetched from the server);</li>
 *   <li>time to a usable agent overview in headless Chromium (the browser's cache off): from navigation
 *       start to the moment the highest-balances table shows its rows, measured by the page's own clock
 *       ({@code performance.now()}), signed in as agent1.</li>
 * </ul>
 * Arguments: {@code --base http://localhost:9080 --runs 5}.
 */
public final class WorkspaceBenchmark {

    private static final Pattern MAPPED = Pattern.compile("\"[^\"]+\":\\s*\"\\./([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([^']+)'");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WorkspaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchRun bench = new BenchRun(args);
        String base = bench.option("base", "http://localhost:9080");
        int runs = bench.option("runs", 5);
        shippedBytes(base);
        timeToOverview(base, runs);
    }

    private static void shippedBytes(String base) throws IOException, InterruptedException {
        String index = fetch(base + "/index.html");
        Set<String> files = new LinkedHashSet<>(List.of("app/app.css"));
        Matcher mapped = MAPPED.matcher(index);
        while (mapped.find()) {
            files.add(mapped.group(1));
        }
        Deque<String> modules = new ArrayDeque<>(List.of("app/main.js"));
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (!files.add(module)) {
                continue;
            }
            Matcher imported = IMPORT.matcher(fetch(base + "/" + module));
            while (imported.find()) {
                modules.push("app/" + imported.group(1));
            }
        }
        long raw = 0;
        long compressed = 0;
        for (String file : files) {
            byte[] body = fetch(base + "/" + file).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long gzip = gzip(body);
            raw += body.length;
            compressed += gzip;
            System.out.printf("  %-50s %7d bytes, %6d gzip%n", file, body.length, gzip);
        }
        System.out.printf("JavaScript and CSS of the overview: %d files, %.1f KB, %.1f KB gzip-compressed%n",
                files.size(), raw / 1024.0, compressed / 1024.0);
    }

    private static void timeToOverview(String base, int runs) throws IOException {
        Path profile = Files.createTempDirectory("dunwell-bench-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            browser.get(base + "/login.html");
            browser.findElement(By.id("username")).sendKeys("agent1");
            browser.findElement(By.id("password")).sendKeys("agent1-pw");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            List<Double> times = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                browser.get("about:blank");
                browser.get(base + "/#/");
                Number ms = (Number) ((JavascriptExecutor) browser).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const ready = () => document.querySelectorAll('#highest-balances tbody tr td a').length > 0"
                                + " && document.querySelectorAll('#my-activities tbody tr').length > 0;"
                                + "const poll = () => ready() ? done(performance.now()) : requestAnimationFrame(poll); poll();");
                if (run > 0) {
                    times.add(ms.doubleValue());
                }
                System.out.printf("  run %d: %.0f ms%s%n", run, ms.doubleValue(), run == 0 ? " (warm-up, not counted)" : "");
            }
            times.sort(Double::compare);
            System.out.printf("Time to a usable agent overview (cache off), median of %d: %.0f ms%n", runs,
                    times.get(times.size() / 2));
        } finally {
            browser.quit();
        }
    }

    private static String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static long gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.size();
    }
}
