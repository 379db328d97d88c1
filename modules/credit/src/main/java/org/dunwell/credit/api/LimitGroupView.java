package org.dunwell.credit.api;

import java.util.List;
import org.dunwell.kernel.api.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit limit group: its shared limit, its members and their exposure together. */
@Schema(description = "A credit limit group: its shared limit, its members and their exposure together.")
public record LimitGroupView(String company, String name, String currency, Money creditLimit, List<String> members,
                             Money exposure, Money available, long version) {
}
