package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.opentvs.reconciliation.control.ExchangePartners;

/**
 * One partition per configured partner of the exchange (optionally only the job parameter
 * {@code partners}, comma-separated), in configuration order. A step with no partner has one
 * partition that does nothing ({@code partner} empty). The plan overrides the previous execution's on
 * restart (as {@link ArrivalDayMapper}'s): the step a run was stopped in runs every partner again, and a
 * partner whose partition had completed finds nothing left to do (its records are chosen, its files
 * written or read, all recorded in the tables).
 */
@Dependent
@Named("exchangePartnerMapper")
public class ExchangePartnerMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partners;

    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> only = partners == null || partners.isBlank()
                ? List.of()
                : Arrays.stream(partners.split(",")).map(s -> s.trim().toUpperCase()).filter(s -> !s.isEmpty()).toList();
        List<String> codes = ExchangePartners.configured().stream().map(ExchangePartners.Partner::code)
                .filter(c -> only.isEmpty() || only.contains(c)).toList();
        if (codes.isEmpty()) {
            codes = List.of("");
        }
        Properties[] props = new Properties[codes.size()];
        for (int i = 0; i < props.length; i++) {
            props[i] = new Properties();
            props[i].setProperty("partner", codes.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(props.length);
        plan.setThreads(Math.min(props.length, ArrivalDayMapper.parse(threads, 2, 16)));
        plan.setPartitionProperties(props);
        plan.setPartitionsOverride(true);
        return plan;
    }
}
