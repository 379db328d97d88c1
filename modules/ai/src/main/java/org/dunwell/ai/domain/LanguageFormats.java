package org.dunwell.ai.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.LocalizedMoney;

/**
 * A draft language: how it writes amounts (1.234,56 € in German, €1,234.56 in English), plain numbers, dates (the
 * long form, 3. Dezember 2026 and December 3, 2026, and its numeric form, 03.12.2026 and 12/03/2026) and
 * percentages; and its words for what the verifier looks out for (numbers in words, relative dates, claims of a
 * zero balance), with the template writer's wording, from {@code ai/language/xx.properties}.
 */
public final class LanguageFormats {

    /** The languages drafts are written in: those the letters are written in. */
    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "nl", "es");

    private static final Map<String, LanguageFormats> LOADED = new ConcurrentHashMap<>();

    private final String code;
    private final Locale locale;
    private final Properties words;
    private final DateTimeFormatter longDates;
    private final DateTimeFormatter numericDates;

    private LanguageFormats(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
        this.words = load(code);
        this.longDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.numericDates = DateTimeFormatter.ofPattern(words.getProperty("numericDate"), locale);
    }

    /** The language by its code (en-GB is en); one not supported is English. */
    public static LanguageFormats of(String code) {
        String key = code == null ? "en" : code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LOADED.computeIfAbsent(SUPPORTED.contains(key) ? key : "en", LanguageFormats::new);
    }

    /**
     * The language a text is written in: the one asked for, which must be supported (else a 400 naming
     * {@code language}), or when none is asked for the customer's (English when drafts are not written in it).
     */
    public static String chosen(String requested, String customers) {
        check(requested);
        return of(requested == null || requested.isBlank() ? customers : requested).code();
    }

    /** A language asked for must be one drafts are written in (else a 400 naming {@code language}). */
    public static void check(String requested) {
        if (requested != null && !requested.isBlank() && !supported(requested)) {
            throw InvalidInputException.ofField("language", "must be one of " + SUPPORTED);
        }
    }

    /** Whether drafts are written in this language (its base language, en for en-GB). */
    public static boolean supported(String code) {
        return code != null && SUPPORTED.contains(code.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]);
    }

    private static Properties load(String code) {
        Properties properties = new Properties();
        try (InputStream in = LanguageFormats.class.getResourceAsStream("/ai/language/" + code + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("no draft wording for " + code);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** A wording of the template writer; {@code {name}} placeholders filled from {@code values}. */
    public String text(String key, Map<String, String> values) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("draft wording " + code + " has no " + key);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** A comma-separated word list of this language, lower case. */
    public List<String> words(String key) {
        String list = words.getProperty(key, "");
        List<String> result = new ArrayList<>();
        for (String word : list.split(",")) {
            if (!word.isBlank()) {
                result.add(word.strip().toLowerCase(locale));
            }
        }
        return result;
    }

    /** An amount with its currency, as the language writes it. */
    public String money(BigDecimal amount, String currency) {
        return LocalizedMoney.format(amount, currency, locale);
    }

    /** A number with its decimals as given, grouped as the language groups digits. */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return plainSpaces(format.format(value));
    }

    public String integer(long value) {
        return plainSpaces(NumberFormat.getIntegerInstance(locale).format(value));
    }

    /** A percentage as the language writes it: 25 % in German and French, 25% in English. */
    public String percent(BigDecimal value) {
        return number(value) + ("en".equals(code) || "nl".equals(code) ? "%" : " %");
    }

    /** The long form: 3. Dezember 2026, December 3, 2026. */
    public String date(LocalDate date) {
        return longDates.format(date);
    }

    /** The numeric form: 03.12.2026, 12/03/2026. */
    public String numericDate(LocalDate date) {
        return numericDates.format(date);
    }

    /** The character between the whole part and the decimals. */
    public char decimalSeparator() {
        return "en".equals(code) ? '.' : ',';
    }

    /** The characters that group digits by three: a space in French (any kind of space), else . or ,. */
    public String groupSeparators() {
        return switch (code) {
            case "en" -> ",";
            case "fr" -> " \u00A0\u202F";
            default -> ".";
        };
    }

    /** The months' full names, January first, lower case. */
    public List<String> months() {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)
                .toLowerCase(locale)).toList();
    }

    /** The days of the week, lower case. */
    public List<String> weekdays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, locale)
                .toLowerCase(locale)).toList();
    }

    /** French digit groups in Java's formats are narrow no-break spaces: written as plain no-break spaces. */
    private static String plainSpaces(String text) {
        return text.replace('\u202F', '\u00A0');
    }
}
