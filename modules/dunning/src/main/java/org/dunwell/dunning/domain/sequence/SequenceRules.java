package org.dunwell.dunning.domain.sequence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dunwell.dunning.api.EscalationRule;
import org.dunwell.dunning.api.LetterScope;
import org.dunwell.dunning.api.LetterSequenceView;
import org.dunwell.kernel.api.InputLimits;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.kernel.api.Money;

/**
 * What makes a letter sequence well formed, checked before anything is stored (400 naming the field): levels
 * numbered 1..n without gaps or repeats, each a positive number of days after the one before (so no two levels
 * overlap), fees and minimums in known currencies at the currency's decimals, a text in the company's language on
 * every level, an agency hand-over only on the last level.
 */
public final class SequenceRules {

    public static final int MAX_LEVELS = 20;
    public static final int MAX_DAYS = 3650;

    private SequenceRules() {
    }

    /** The definition with defaults filled in and keys trimmed; {@code companyLanguage} must have a text. */
    public static LetterSequenceView checked(String company, String code, LetterSequenceView in,
                                             String companyLanguage) {
        if (in == null) {
            throw InvalidInputException.ofField("levels", "are required");
        }
        String key = InputLimits.key("code", code, InputLimits.KEY_MAX_LENGTH);
        List<LetterSequenceView.Level> levels = in.levels() == null ? List.of() : in.levels();
        if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
            throw InvalidInputException.ofField("levels", "must be 1 to " + MAX_LEVELS);
        }
        List<LetterSequenceView.Level> checked = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            LetterSequenceView.Level level = levels.get(i);
            String field = "levels[" + i + "]";
            if (level == null || level.level() != i + 1) {
                throw InvalidInputException.ofField(field + ".level", "must be " + (i + 1)
                        + ": levels are numbered 1..n in order, without gaps or repeats");
            }
            if (level.days() < 1 || level.days() > MAX_DAYS) {
                throw InvalidInputException.ofField(field + ".days", "must be 1 to " + MAX_DAYS + " (the first"
                        + " counted from the due date, later ones from the letter before)");
            }
            if (level.agencyHandover() && i < levels.size() - 1) {
                throw InvalidInputException.ofField(field + ".agencyHandover", "only the last level hands over to"
                        + " a collection agency");
            }
            String interest = level.interestCode() == null || level.interestCode().isBlank() ? null
                    : InputLimits.key(field + ".interestCode", level.interestCode(), InputLimits.KEY_MAX_LENGTH);
            checked.add(new LetterSequenceView.Level(i + 1, level.days(), level.blockCustomer(),
                    level.agencyHandover(), interest, amounts(field, level.amounts()),
                    texts(field, level.texts(), companyLanguage)));
        }
        Set<String> groups = new HashSet<>();
        if (in.customerGroups() != null) {
            for (String group : in.customerGroups()) {
                groups.add(InputLimits.key("customerGroups", group, InputLimits.KEY_MAX_LENGTH));
            }
        }
        return new LetterSequenceView(company, key,
                in.description() == null ? null : InputLimits.text("description", in.description(), 200),
                in.scope() == null ? LetterScope.PER_CUSTOMER : in.scope(),
                in.escalation() == null ? EscalationRule.ONE_LEVEL_PER_RUN : in.escalation(), in.companyDefault(),
                List.copyOf(groups), checked, 0);
    }

    private static List<LetterSequenceView.Amount> amounts(String field, List<LetterSequenceView.Amount> given) {
        List<LetterSequenceView.Amount> amounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LetterSequenceView.Amount amount : given == null ? List.<LetterSequenceView.Amount>of() : given) {
            Currency currency;
            try {
                currency = Money.currency(amount.currency() == null ? "" : amount.currency().strip());
            } catch (RuntimeException e) {
                throw InvalidInputException.ofField(field + ".amounts.currency", "'" + amount.currency()
                        + "' is not a known ISO 4217 currency");
            }
            if (!seen.add(currency.getCurrencyCode())) {
                throw InvalidInputException.ofField(field + ".amounts.currency", currency + " is given twice");
            }
            amounts.add(new LetterSequenceView.Amount(currency.getCurrencyCode(),
                    money(field + ".amounts.fee", amount.fee(), currency),
                    money(field + ".amounts.minimumOverdue", amount.minimumOverdue(), currency)));
        }
        return amounts;
    }

    private static BigDecimal money(String field, BigDecimal value, Currency currency) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits());
        }
        if (value.signum() < 0) {
            throw InvalidInputException.ofField(field, "is negative");
        }
        InputLimits.amount(field, value);
        if (value.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw InvalidInputException.ofField(field, "has more than " + currency + "'s "
                    + currency.getDefaultFractionDigits() + " decimals");
        }
        return value.setScale(currency.getDefaultFractionDigits());
    }

    private static List<LetterSequenceView.Text> texts(String field, List<LetterSequenceView.Text> given,
                                                       String companyLanguage) {
        List<LetterSequenceView.Text> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LetterSequenceView.Text text : given == null ? List.<LetterSequenceView.Text>of() : given) {
            String language = text.language() == null ? "" : text.language().strip().toLowerCase(Locale.ROOT);
            if (!language.matches("[a-z]{2,3}")) {
                throw InvalidInputException.ofField(field + ".texts.language", "'" + text.language()
                        + "' is not a language code (ISO 639: en, de, fr...)");
            }
            if (!seen.add(language)) {
                throw InvalidInputException.ofField(field + ".texts.language", language + " is given twice");
            }
            texts.add(new LetterSequenceView.Text(language, InputLimits.text(field + ".texts.subject",
                    required(field + ".texts.subject", text.subject()), 200),
                    InputLimits.text(field + ".texts.body", required(field + ".texts.body", text.body()), 4000)));
        }
        if (companyLanguage != null && !seen.contains(companyLanguage)) {
            throw InvalidInputException.ofField(field + ".texts", "needs a text in the company's language "
                    + companyLanguage + ": it is what a customer whose language has none receives");
        }
        return texts;
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.ofField(field, "is required");
        }
        return text.strip();
    }
}
