package org.dunwell.ai.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a customer's reply without a model: the open invoices it names, the dates and amounts it writes, and words
 * of paying or of contesting in its language (and English). A reply that contests a named invoice suggests a
 * dispute; one that writes a day to come and speaks of paying suggests a promise of what it writes (else of what
 * the named invoices have open) by that day; anything else suggests nothing.
 */
public final class ReplyReader {

    /** An open invoice the reply may name. */
    public record OpenInvoice(String document, LocalDate dueDate, BigDecimal open) {
    }

    /** What the reply suggests: PROMISE, DISPUTE or NONE, with what it names. */
    public record Reading(String kind, BigDecimal amount, LocalDate date, List<String> documents, String reasonCode,
                          String reason) {
    }

    private ReplyReader() {
    }

    public static Reading read(String reply, List<OpenInvoice> open, String language, LocalDate today) {
        String text = reply == null ? "" : reply;
        List<String> named = new ArrayList<>();
        for (OpenInvoice invoice : open) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(invoice.document()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                named.add(invoice.document());
            }
        }
        LanguageFormats lang = LanguageFormats.of(language);
        String lower = text.toLowerCase(lang.locale());
        for (String code : List.of(lang.code(), "en")) {
            LanguageFormats l = LanguageFormats.of(code);
            for (String reason : List.of("price", "quality", "delivery")) {
                for (String word : l.words("dispute." + reason)) {
                    if (startsWord(lower, word) && (named.size() == 1 || open.size() == 1)) {
                        String document = named.size() == 1 ? named.get(0) : open.get(0).document();
                        return new Reading("DISPUTE", null, null, List.of(document),
                                reason.toUpperCase(Locale.ROOT), word);
                    }
                }
            }
        }
        GroundingVerifier.Written written = GroundingVerifier.written(text, language);
        LocalDate day = written.dates().stream().filter(d -> !d.isBefore(today)).findFirst().orElse(null);
        boolean paying = false;
        for (String code : List.of(lang.code(), "en")) {
            paying |= LanguageFormats.of(code).words("promise").stream().anyMatch(w -> contains(lower, w));
        }
        if (day == null || !paying) {
            return new Reading("NONE", null, null, named, null, null);
        }
        List<String> documents = new ArrayList<>(named);
        BigDecimal namedOpen = open.stream().filter(i -> named.contains(i.document())).map(OpenInvoice::open)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allOpen = open.stream().map(OpenInvoice::open).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal most = documents.isEmpty() ? allOpen : namedOpen;
        // an amount the reply writes that the invoices can take (not a count, a day, or more than is open)
        BigDecimal amount = written.numbers().stream().filter(n -> (n.scale() > 0 || n.compareTo(BigDecimal.TEN) > 0)
                && n.signum() > 0 && n.compareTo(most) <= 0).findFirst().orElse(documents.isEmpty() ? null : namedOpen);
        if (documents.isEmpty() && amount != null) {
            // no invoice named: the oldest open invoices that the amount pays
            BigDecimal covered = BigDecimal.ZERO;
            for (OpenInvoice invoice : open.stream().sorted(java.util.Comparator.comparing(OpenInvoice::dueDate,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList()) {
                if (covered.compareTo(amount) >= 0) {
                    break;
                }
                documents.add(invoice.document());
                covered = covered.add(invoice.open());
            }
        }
        return new Reading("PROMISE", amount, day, documents, null, null);
    }

    /** A word or phrase at a word's start, any ending (endommagé, endommagée; beschädigt, beschädigte). */
    private static boolean startsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word).replace(" ", "\\E\\s+\\Q"),
                Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static boolean contains(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE).matcher(text).find();
    }
}
