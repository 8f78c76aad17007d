package org.opentvs.retention.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.opentvs.retention.control.PurgeRules;
import org.opentvs.retention.control.RetentionPolicies;

/**
 * One partition per enabled retention category, {@code threads} of them at a time; US citizens' faces
 * have their own step before, because purging a gallery removes the memberships that show a face
 * was processed.
 */
@Named("retentionPartitions")
@Dependent
public class RetentionPartitions implements PartitionMapper {

    @Inject
    RetentionPolicies policies;

    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> categories = policies.enabled().stream().filter(c -> !c.equals(PurgeRules.US_CITIZEN_FACE)).toList();
        if (categories.isEmpty()) {
            categories = List.of("NONE");
        }
        Properties[] properties = new Properties[categories.size()];
        for (int i = 0; i < properties.length; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("category", categories.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(properties.length);
        plan.setThreads(Math.max(1, Math.min(properties.length, parse(threads, 2))));
        plan.setPartitionProperties(properties);
        return plan;
    }

    static int parse(String text, int fallback) {
        try {
            return text == null || text.isBlank() ? fallback : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("job parameter threads must be a number");
        }
    }
}
