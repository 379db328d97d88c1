package org.dunwell.dunning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An interest code: yearly rates in percent by date range and amount range (a rate change within a period splits
 * the calculation), the day basis, what interest runs on, the least interest charged (below it, none), and whether
 * fees and interest notes bear interest (off by default, as §289 BGB has it).
 */
@Schema(description = "An interest code: yearly rates by date and amount range, day basis, calculation, minimum"
        + " interest (below it none is charged), interest on fees and on interest (off by default).")
public record InterestCodeView(String company, String code, String description, DayBasis basis,
                               InterestCalculation calculation, @Schema(ref = "Amount") BigDecimal minimumInterest,
                               boolean onFees, boolean onInterest, List<Rate> rates, long version) {

    /** A yearly rate valid from a day (to a day or open) for balances from an amount (below another, or open). */
    @Schema(name = "InterestRate", description = "A yearly rate in percent, valid from a day (to a day or open),"
            + " for balances from amountFrom (below amountTo or open).")
    public record Rate(@Schema(required = true, ref = "Date") LocalDate validFrom,
                       @Schema(ref = "Date") LocalDate validTo,
                       @Schema(ref = "Amount") BigDecimal amountFrom, @Schema(ref = "Amount") BigDecimal amountTo,
                       @Schema(required = true) BigDecimal percent) {
    }
}
