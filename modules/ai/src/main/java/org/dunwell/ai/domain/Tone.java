package org.dunwell.ai.domain;

/** How firmly a reminder asks, by the customer's dunning level: friendly up to level 1, firm at 2, final from 3. */
public enum Tone {
    FRIENDLY,
    FIRM,
    FINAL;

    public static Tone of(int dunningLevel) {
        return dunningLevel >= 3 ? FINAL : dunningLevel == 2 ? FIRM : FRIENDLY;
    }
}
