package org.dunwell.server.platform;

import jakarta.json.bind.adapter.JsonbAdapter;
import org.dunwell.kernel.api.Money;

/**
 * Money as the API writes it: a string with exactly the currency's decimals ({@code "1234.50"},
 * {@code "1234"} for JPY); the currency is a field of its own next to it. Requests carry
 * amounts as strings and the resource pairs them with their currency, so this adapter only writes.
 */
public class MoneyJson implements JsonbAdapter<Money, String> {

    @Override
    public String adaptToJson(Money money) {
        return money.toPlainString();
    }

    @Override
    public Money adaptFromJson(String value) {
        throw new UnsupportedOperationException("amounts are read as strings with their currency");
    }
}
