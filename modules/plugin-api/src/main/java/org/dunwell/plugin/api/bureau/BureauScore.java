package org.dunwell.plugin.api.bureau;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A bureau's score on its own scale: {@code worst} and {@code best} are the ends of that scale (a scale may
 * run either way, 1 = best or 100 = best). {@link #normalised()} puts it on 0 (worst) to 100 (best).
 */
public record BureauScore(int value, int worst, int best) {

    public BureauScore {
        if (worst == best) {
            throw new IllegalArgumentException("a scale needs two different ends");
        }
        if (value < Math.min(worst, best) || value > Math.max(worst, best)) {
            throw new IllegalArgumentException("score " + value + " is outside its scale " + worst + ".." + best);
        }
    }

    /** 0 (worst) to 100 (best), two decimals, half-up. */
    public BigDecimal normalised() {
        return BigDecimal.valueOf((long) value - worst).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf((long) best - worst), 2, RoundingMode.HALF_UP);
    }
}
