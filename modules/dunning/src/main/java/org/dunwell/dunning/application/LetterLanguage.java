package org.dunwell.dunning.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.kernel.api.LocalizedMoney;

/**
 * A letter language: its wording (dunning/labels/letter_xx.properties) and its formats, amounts as the language
 * writes them with the currency (1.234,56 € in German, €1,234.56 in English) and dates in its long form
 * (3. Dezember 2026, December 3, 2026). A language without wording of its own writes in English.
 */
public final class LetterLanguage {

    /** The languages letters are written in. */
    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "nl", "es");

    private static final Map<String, LetterLanguage> LOADED = new ConcurrentHashMap<>();

    private final String code;
    private final Locale locale;
    private final Map<String, String> labels;
    private final DateTimeFormatter dates;

    private LetterLanguage(String code, Map<String, String> labels) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
        this.labels = labels;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The language by its code; one without wording of its own is English. */
    public static LetterLanguage of(String code) {
        String key = code != null && SUPPORTED.contains(code) ? code : "en";
        return LOADED.computeIfAbsent(key, k -> new LetterLanguage(k, load(k)));
    }

    static Map<String, String> load(String code) {
        Properties properties = new Properties();
        try (InputStream in = LetterLanguage.class.getResourceAsStream("/dunning/labels/letter_" + code
                + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no letter wording for " + code);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> labels = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> labels.put(k, properties.getProperty(k)));
        return Map.copyOf(labels);
    }

    public String code() {
        return code;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public String label(String key) {
        String text = labels.get(key);
        if (text == null) {
            throw new IllegalStateException("letter wording " + code + " has no " + key);
        }
        return text;
    }

    /** An amount with its currency as the language writes it. */
    public String money(BigDecimal amount, String currency) {
        return LocalizedMoney.format(amount, currency, locale);
    }

    public String date(LocalDate date) {
        return date == null ? "" : printable(dates.format(date));
    }

    public String number(long value) {
        return printable(NumberFormat.getIntegerInstance(locale).format(value));
    }

    /** The PDF's standard fonts have no narrow no-break space (French digit groups): a no-break space instead. */
    private static String printable(String text) {
        return text.replace('\u202F', '\u00A0');
    }
}
