package org.dunwell.testplugins;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.BureauScore;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.dunwell.plugin.api.bureau.CreditBureauProvider;
import org.pf4j.Extension;

/**
 * A bureau that misbehaves as the company's name says: {@code throw}, {@code hang}, {@code null}, {@code
 * bad-currency}, {@code long-name}, {@code refuse}, {@code misconfigured}, {@code busy-once} (asks to retry later
 * once, then answers); any other name gets a well-formed report.
 */
@Extension
public class MisbehavingBureau implements CreditBureauProvider {

    private static final AtomicInteger BUSY = new AtomicInteger();

    @Override
    public Optional<BureauReport> report(CompanyQuery query, PluginContext context) {
        switch (query.name()) {
            case "throw" -> throw new IllegalStateException("the vendor's SDK blew up");
            case "hang" -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty();
            }
            case "null" -> {
                return null;
            }
            case "refuse" -> throw new RejectedRequestException("registration number unknown to the register");
            case "misconfigured" -> throw new PluginConfigurationException("the setting apiKey is refused");
            case "busy-once" -> {
                if (BUSY.getAndIncrement() % 2 == 0) {
                    throw new RetryLaterException("busy");
                }
            }
            default -> {
            }
        }
        String currency = "bad-currency".equals(query.name()) ? "XYZ" : "EUR";
        String name = "long-name".equals(query.name()) ? "x".repeat(301) : query.name();
        return Optional.of(new BureauReport("R-" + query.name(), LocalDate.now(context.clock()), "B-9", name,
                new BureauScore(412, 100, 600), "B1", MonetaryAmount.of("25000.129", currency), Map.of()));
    }
}
