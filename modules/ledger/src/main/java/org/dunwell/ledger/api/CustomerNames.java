package org.dunwell.ledger.api;

import java.util.Collection;
import java.util.Map;

/** Customers' names by account, for lists other modules show (an unknown account is left out). */
public interface CustomerNames {

    Map<String, String> names(String company, Collection<String> accounts);
}
