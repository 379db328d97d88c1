package org.dunwell.ai.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dunwell.ai.api.Violation;

/**
 * Checks that a text states nothing about the customer that its facts do not hold: every amount, number, date,
 * percentage, document number and account in it must be among the facts, written in the draft language's usual
 * format; numbers and dates written in words, relative dates ("tomorrow", "last week") and claims that nothing is
 * owed are caught too (the last allowed only when the customer owes nothing). The text is read in passes, each
 * blanking what it has read: names, e-mail addresses and links, dates, document numbers, percentages, numbers, and
 * last the words.
 */
public final class GroundingVerifier {

    private static final Pattern EMAIL_OR_LINK = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://\\S+|www\\.\\S+");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2,4})(?![\\d/-]|[.,]\\d)");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}_-])[\\p{L}\\p{N}][\\p{L}\\p{N}_/.-]*[\\p{L}\\p{N}]"
            + "(?![\\p{L}\\p{N}_-])");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th|er|re|e|ème|eme|ste|de|º|ª|o|a|\\.)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d\\p{L}])\\d{1,3}(?:[.,\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d+)?(?!\\d)"
            + "|(?<![\\d\\p{L}])\\d+(?:[.,]\\d+)?(?!\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d[\\d.,\\u00A0\\u202F ]*\\d|\\d)\\s?%");
    private static final Pattern CURRENCY_CODE = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{3}(?=\\d)");
    private static final java.util.Set<String> CODES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toSet());
    private static final String CURRENCY_MARKS = "€$£¥₣₤₺CHFEURUSDGBPSEKPLN";

    private GroundingVerifier() {
    }

    /** The violations of {@code text} against {@code facts} in {@code language}; none when it is grounded. */
    public static List<Violation> verify(String text, GroundingFacts facts, String language) {
        LanguageFormats lang = LanguageFormats.of(language);
        Scan scan = new Scan(text == null ? "" : text);
        for (String name : facts.names()) {
            scan.blankAll(Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        scan.each(EMAIL_OR_LINK, m -> {
            if (!facts.identifier(m.group())) {
                scan.add("DOCUMENT", m.group(), "an address or link that the facts do not hold");
            }
        });
        scan.each(ISO_DATE, m -> date(scan, facts, m.group(), () -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
        longDates(scan, facts, lang);
        scan.each(NUMERIC_DATE, m -> numericDate(scan, facts, lang, m));
        // a currency code before its figure (CHF7,423.60 in English) is no document number: read it first
        scan.each(CURRENCY_CODE, m -> {
            if (!CODES.contains(m.group())) {
                scan.keep();
            }
        });
        scan.each(TOKEN, m -> token(scan, facts, m.group()));
        scan.each(PERCENT, m -> {
            BigDecimal value = parse(scan, lang, m.group(1).strip(), m.group());
            if (value != null && !facts.percentage(value)) {
                scan.add("PERCENTAGE", m.group(), "a percentage that the facts do not hold");
            }
        });
        scan.each(NUMBER, m -> number(scan, facts, lang, m));
        words(scan, facts, lang);
        return scan.violations();
    }

    /** The dates and numbers a text writes (in any language's date forms; numbers as the language writes them). */
    public record Written(List<LocalDate> dates, List<BigDecimal> numbers) {
    }

    /** What {@code text} writes: its dates and its numbers (a customer's reply, read for a promise). */
    public static Written written(String text, String language) {
        LanguageFormats lang = LanguageFormats.of(language);
        Scan scan = new Scan(text == null ? "" : text);
        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        scan.each(ISO_DATE, m -> collect(dates, () -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
        for (String code : LanguageFormats.SUPPORTED) {
            LanguageFormats other = LanguageFormats.of(code);
            scan.each(longDate(other), m -> {
                String day = m.group("day").replaceAll("\\D", "");
                int month = other.months().indexOf(m.group("month").toLowerCase(other.locale())) + 1;
                collect(dates, () -> LocalDate.of(Integer.parseInt(m.group("year")), month,
                        day.isEmpty() ? 1 : Integer.parseInt(day)));
            });
        }
        boolean monthFirst = "en".equals(lang.code());
        scan.each(NUMERIC_DATE, m -> collect(dates, () -> LocalDate.of(num(m, 4) < 100 ? 2000 + num(m, 4) : num(m, 4),
                monthFirst ? num(m, 1) : num(m, 3), monthFirst ? num(m, 3) : num(m, 1))));
        scan.each(TOKEN, m -> {
            boolean digitsOnly = m.group().chars().noneMatch(Character::isLetter);
            if (digitsOnly) {
                scan.keep();
            }
        });
        scan.each(NUMBER, m -> {
            BigDecimal value = parse(new Scan(""), lang, m.group(), m.group());
            if (value != null) {
                numbers.add(value);
            }
        });
        return new Written(List.copyOf(dates), List.copyOf(numbers));
    }

    private static void collect(List<LocalDate> dates, DateSource source) {
        try {
            dates.add(source.get());
        } catch (DateTimeException | NumberFormatException e) {
            // not a date: nothing written
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private interface DateSource {
        LocalDate get();
    }

    private static void date(Scan scan, GroundingFacts facts, String written, DateSource source) {
        LocalDate date;
        try {
            date = source.get();
        } catch (DateTimeException | NumberFormatException e) {
            scan.add("DATE", written, "not a date");
            return;
        }
        if (!facts.dates().contains(date)) {
            scan.add("DATE", written, "a date that the facts do not hold");
        }
    }

    /** Dates in words: the draft language's long form first, then any other language's (a format violation). */
    private static void longDates(Scan scan, GroundingFacts facts, LanguageFormats lang) {
        List<LanguageFormats> order = new ArrayList<>();
        order.add(lang);
        LanguageFormats.SUPPORTED.stream().filter(c -> !c.equals(lang.code())).map(LanguageFormats::of)
                .forEach(order::add);
        for (LanguageFormats other : order) {
            Pattern pattern = longDate(other);
            boolean own = other == lang;
            scan.each(pattern, m -> {
                String day = m.group("day").replaceAll("\\D", "");
                int month = other.months().indexOf(m.group("month").toLowerCase(other.locale())) + 1;
                date(scan, facts, m.group(), () -> LocalDate.of(Integer.parseInt(m.group("year")), month,
                        day.isEmpty() ? 1 : Integer.parseInt(day)));
                if (!own || m.group("day").matches("\\d+(st|nd|rd|th)")) {
                    scan.add("FORMAT", m.group(), "not how " + lang.code() + " writes a date (as "
                            + lang.date(LocalDate.of(2026, 12, 3)) + ")");
                }
            });
        }
    }

    private static final Map<String, Pattern> LONG_DATES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern longDate(LanguageFormats lang) {
        return LONG_DATES.computeIfAbsent(lang.code(), code -> {
            String months = "(?<month>" + String.join("|", lang.months().stream().map(Pattern::quote).toList()) + ")";
            String year = "(?<year>\\d{4})";
            String regex = switch (code) {
                case "en" -> months + "\\s+(?<day>\\d{1,2}(?:st|nd|rd|th)?),?\\s+" + year;
                case "de" -> "(?<day>\\d{1,2})\\.\\s*" + months + "\\s+" + year;
                case "es" -> "(?<day>\\d{1,2})\\s+de\\s+" + months + "\\s+del?\\s+" + year;
                case "fr" -> "(?<day>1er|\\d{1,2})\\s+" + months + "\\s+" + year;
                default -> "(?<day>\\d{1,2})\\s+" + months + "\\s+" + year;
            };
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?!\\d)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        });
    }

    private static void numericDate(Scan scan, GroundingFacts facts, LanguageFormats lang, Matcher m) {
        String separator = m.group(2);
        boolean monthFirst = "en".equals(lang.code());
        int first = num(m, 1);
        int second = num(m, 3);
        int year = num(m, 4);
        date(scan, facts, m.group(), () -> LocalDate.of(year < 100 ? 2000 + year : year, monthFirst ? first : second,
                monthFirst ? second : first));
        String expected = lang.numericDate(LocalDate.of(2026, 12, 3));
        if (!expected.contains(separator) || m.group(4).length() != 4) {
            scan.add("FORMAT", m.group(), "not how " + lang.code() + " writes a date (as " + expected + " or "
                    + lang.date(LocalDate.of(2026, 12, 3)) + ")");
        }
    }

    /** A word with letters and digits: a document number or account the facts must hold (an ordinal is a number). */
    private static void token(Scan scan, GroundingFacts facts, String token) {
        boolean digit = token.chars().anyMatch(Character::isDigit);
        boolean letter = token.chars().anyMatch(Character::isLetter);
        if (!digit) {
            scan.keep();
            return;
        }
        if (facts.identifier(token)) {
            return;
        }
        if (letter) {
            Matcher ordinal = ORDINAL.matcher(token);
            if (ordinal.matches()) {
                if (!facts.number(new BigDecimal(ordinal.group(1)))) {
                    scan.add("NUMBER", token, "a number that the facts do not hold");
                }
                return;
            }
            scan.add("DOCUMENT", token, "a document number or account that the facts do not hold");
            return;
        }
        // digits only: a number or a numeric date, read by the later passes
        scan.keep();
    }

    private static void number(Scan scan, GroundingFacts facts, LanguageFormats lang, Matcher m) {
        String written = m.group();
        BigDecimal value = parse(scan, lang, written, written);
        if (value == null) {
            return;
        }
        boolean money = value.scale() > 0 || nextToCurrency(scan.original(), m.start(), m.end());
        if (facts.identifier(written) || (money ? facts.amount(value) || facts.number(value) : facts.number(value))
                || facts.dates().stream().anyMatch(d -> value.scale() == 0 && d.getYear() == value.intValue())) {
            return;
        }
        scan.add(money ? "AMOUNT" : "NUMBER", written, money ? "an amount that the facts do not hold"
                : "a number that the facts do not hold");
    }

    private static boolean nextToCurrency(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 4), start).strip();
        String after = text.substring(end, Math.min(text.length(), end + 4)).strip();
        return (!before.isEmpty() && CURRENCY_MARKS.indexOf(before.charAt(before.length() - 1)) >= 0)
                || (!after.isEmpty() && CURRENCY_MARKS.indexOf(after.charAt(0)) >= 0);
    }

    /**
     * A number as the language writes it (1.234,56 in German, 1,234.56 in English, 1 234,56 in French); written
     * otherwise, a format violation and its value read the other way.
     */
    static BigDecimal parse(Scan scan, LanguageFormats lang, String written, String shown) {
        String text = written.replace('\u00A0', ' ').replace('\u202F', ' ');
        char decimal = lang.decimalSeparator();
        String groups = lang.groupSeparators().replace('\u00A0', ' ').replace('\u202F', ' ');
        String g = "[" + (groups.charAt(0) == ' ' ? " " : "\\" + groups.charAt(0)) + "]";
        String d = "\\" + decimal;
        if (text.matches("\\d{1,3}(?:" + g + "\\d{3})+(?:" + d + "\\d+)?|\\d+(?:" + d + "\\d+)?")) {
            String plain = text.replaceAll(g, "").replace(decimal, '.');
            return new BigDecimal(plain);
        }
        scan.add("FORMAT", shown, "not how " + lang.code() + " writes a number (as "
                + lang.number(new BigDecimal("1234.56")) + ")");
        char other = decimal == '.' ? ',' : '.';
        String plain = text.replace(" ", "");
        int last = plain.lastIndexOf(other);
        if (last >= 0 && plain.length() - last - 1 != 3) {
            plain = plain.substring(0, last).replaceAll("[.,]", "") + "." + plain.substring(last + 1);
        } else {
            plain = plain.replaceAll("[.,]", "");
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Numbers in words, relative dates, month and weekday names left over, and claims that nothing is owed, in the
     * draft's language and English (any other language's words are often this one's others: French hier is German
     * here).
     */
    private static void words(Scan scan, GroundingFacts facts, LanguageFormats lang) {
        // English relative dates and claims leak into other languages' texts; they collide with no other words
        List<LanguageFormats> languages = lang.code().equals("en") ? List.of(lang)
                : List.of(lang, LanguageFormats.of("en"));
        if (!facts.owesNothing()) {
            for (LanguageFormats l : languages) {
                for (String claim : l.words("zeroClaims")) {
                    scan.eachWord(claim, w -> scan.add("CLAIM", w, "says nothing is owed; the customer owes money"));
                }
            }
        }
        for (String word : lang.words("numberWords")) {
            scan.eachWord(word, w -> scan.add("WORDS", w, "a number written in words: write the figure the facts"
                    + " hold"));
        }
        for (LanguageFormats l : languages) {
            for (String term : l.words("relativeDates")) {
                scan.eachWord(term, w -> scan.add("RELATIVE_DATE", w, "a relative date: write the date the facts"
                        + " hold"));
            }
        }
        for (String month : lang.months()) {
            if (!lang.words("notMonths").contains(month)) {
                scan.eachWord(month, w -> scan.add("DATE", w, "part of a date: write the whole date the facts hold"));
            }
        }
        for (String day : lang.weekdays()) {
            scan.eachWord(day, w -> scan.add("RELATIVE_DATE", w, "a weekday: write the date the facts hold"));
        }
    }

    /** The text being read: what is still unread (the rest blanked) and the violations found. */
    static final class Scan {
        private final String original;
        private final StringBuilder unread;
        private final Map<String, Violation> violations = new LinkedHashMap<>();
        private boolean keep;

        Scan(String text) {
            this.original = text;
            this.unread = new StringBuilder(text.replace('\u00A0', ' ').replace('\u202F', ' '));
        }

        String original() {
            return original;
        }

        void add(String kind, String text, String message) {
            violations.putIfAbsent(kind + "\u0000" + text.toLowerCase(Locale.ROOT), new Violation(kind, text, message));
        }

        /** Leaves the current match unread, for a later pass. */
        void keep() {
            keep = true;
        }

        void each(Pattern pattern, Consumer<Matcher> action) {
            Matcher m = pattern.matcher(unread.toString());
            List<int[]> read = new ArrayList<>();
            while (m.find()) {
                keep = false;
                action.accept(m);
                if (!keep) {
                    read.add(new int[] {m.start(), m.end()});
                }
            }
            read.forEach(r -> blank(r[0], r[1]));
        }

        void blankAll(Pattern pattern) {
            each(pattern, m -> { });
        }

        void eachWord(String word, Consumer<String> action) {
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            each(pattern, m -> action.accept(original.substring(m.start(), m.end())));
        }

        private void blank(int from, int to) {
            for (int i = from; i < to; i++) {
                unread.setCharAt(i, ' ');
            }
        }

        List<Violation> violations() {
            return List.copyOf(violations.values());
        }
    }
}
