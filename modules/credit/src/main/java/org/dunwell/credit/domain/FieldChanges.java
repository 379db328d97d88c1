package org.dunwell.credit.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.dunwell.credit.api.CreditChangeView;

/**
 * Fields of one subject, each from → to, in the order they were given; stored as {@code java.util.Properties}
 * text (keys {@code n.name}, {@code n.from}, {@code n.to}; a missing value is null), which escapes any text.
 */
public final class FieldChanges {

    private final List<CreditChangeView.Field> fields = new ArrayList<>();

    /** Adds the field if its value changes. */
    public FieldChanges change(String name, Object from, Object to) {
        String before = from == null ? null : from.toString();
        String after = to == null ? null : to.toString();
        if (!Objects.equals(before, after)) {
            fields.add(new CreditChangeView.Field(name, before, after));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public List<CreditChangeView.Field> fields() {
        return List.copyOf(fields);
    }

    public Optional<CreditChangeView.Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public String encode() {
        Properties properties = new Properties();
        for (int i = 0; i < fields.size(); i++) {
            CreditChangeView.Field f = fields.get(i);
            properties.setProperty(i + ".name", f.name());
            if (f.from() != null) {
                properties.setProperty(i + ".from", f.from());
            }
            if (f.to() != null) {
                properties.setProperty(i + ".to", f.to());
            }
        }
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the first line is the date Properties writes: not part of the change
        return out.toString().lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    public static FieldChanges decode(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FieldChanges changes = new FieldChanges();
        for (int i = 0; properties.containsKey(i + ".name"); i++) {
            changes.fields.add(new CreditChangeView.Field(properties.getProperty(i + ".name"),
                    properties.getProperty(i + ".from"), properties.getProperty(i + ".to")));
        }
        return changes;
    }
}
