package org.dunwell.sandboxes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Kestrel bureau's reports, made up but stable: the same company (registration number, or name when it has
 * none) always gets the same score (150 to 600), rating and recommended limit. A name containing "UNLISTED" or a
 * registration number starting with "000" is a company Kestrel does not know.
 */
final class KestrelReports {

    /** A report as Kestrel's {@code GET /v1/reports} answers it; the recommended limit is in euros. */
    record Report(String reportId, LocalDate reportDate, String companyId, String companyName, int score,
                  String rating, BigDecimal recommendedLimit) {
    }

    private final AtomicLong numbers = new AtomicLong();

    Optional<Report> report(String name, String registrationNumber, LocalDate today) {
        String upperName = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        boolean registered = registrationNumber != null && !registrationNumber.isBlank();
        if (upperName.contains("UNLISTED") || (registered && registrationNumber.trim().startsWith("000"))
                || (upperName.isEmpty() && !registered)) {
            return Optional.empty();
        }
        String key = registered ? registrationNumber.trim().toUpperCase(Locale.ROOT) : upperName;
        int hash = Math.floorMod(key.hashCode(), 1_000_003);
        int score = 150 + hash % 451;
        long limit = (score - 100) * 100L / 500 * 500;
        return Optional.of(new Report("KR-" + today.getYear() + "-" + String.format("%04d", numbers.incrementAndGet()),
                today, "KB-" + (10_000 + hash % 90_000), upperName, score, rating(score),
                BigDecimal.valueOf(limit).setScale(2)));
    }

    private static String rating(int score) {
        if (score >= 500) {
            return "A1";
        }
        if (score >= 420) {
            return "A2";
        }
        if (score >= 340) {
            return "B1";
        }
        return score >= 260 ? "B2" : "C";
    }
}
