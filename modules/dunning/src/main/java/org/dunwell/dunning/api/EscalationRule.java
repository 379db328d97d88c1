package org.dunwell.dunning.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a letter sequence escalates: one level per run (the next level once its days have passed since the last
 * letter), or straight to the level the oldest invoice's days past due reach (each level's days added up).
 */
@Schema(description = "ONE_LEVEL_PER_RUN: the next level once its days have passed since the last letter;"
        + " BY_DAYS_OVERDUE: the level the oldest invoice's days past due reach (the levels' days added up).")
public enum EscalationRule {
    ONE_LEVEL_PER_RUN,
    BY_DAYS_OVERDUE
}
