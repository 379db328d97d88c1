package org.dunwell.collections.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The coordinator workspace: the caller's open activities (oldest end first) and reminders due
 * today, the top customers by balance in the accounting currency and by most-aged balance, from
 * the newest aging snapshot ({@code snapshot}; null: computed live because there is none).
 */
@Schema(description = "The coordinator workspace: the caller's open activities (oldest end first) and reminders due today, the top customers by balance in the accounting currency and by most-aged balance, from the newest aging snapshot (snapshot; null: computed live because there is none).")
public record WorkspaceView(LocalDate today, List<String> pools, List<ActivityView> myActivities,
                            List<ActivityView> remindersToday, AgingSnapshotView snapshot,
                            List<CustomerFigures> topByBalance, List<CustomerFigures> mostAged) {
}
