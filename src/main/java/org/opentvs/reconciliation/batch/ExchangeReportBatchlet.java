package org.opentvs.reconciliation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.opentvs.platform.control.Json;
import org.opentvs.reconciliation.control.ExchangeReport;
import org.opentvs.reconciliation.control.ExchangeTotals;

/**
 * Last step of {@code partner-exchange}: into {@code job_run.summary}, what this run did per partner
 * ({@code thisRun}: records sent and files written, files imported, records received, duplicates,
 * rejected lines, quarantined files; a restarted run counts its earlier executions too) and the totals
 * per partner and direction with the reconciliation rates ({@link ExchangeReport}).
 */
@Dependent
@Named("exchangeReport")
public class ExchangeReportBatchlet extends AbstractBatchlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    JobContext job;

    @Inject
    ReconDataSource db;

    @Override
    public String process() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        long[] executions = operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).stream()
                .mapToLong(JobExecution::getExecutionId).toArray();
        try (Connection c = db.get()) {
            String summary = Json.createObjectBuilder().add("thisRun", ExchangeReport.run(c, executions))
                    .add("totals", totals(c)).build().toString();
            try (PreparedStatement ps = c.prepareStatement("update job_run set summary = summary || ?::jsonb where execution_id = ?")) {
                ps.setString(1, summary);
                ps.setLong(2, job.getExecutionId());
                ps.executeUpdate();
            }
        }
        return "COMPLETED";
    }

    /** The totals as the report endpoint shows them (the same record), as a part of the summary. */
    private static jakarta.json.JsonObject totals(Connection c) throws java.sql.SQLException {
        return Json.createReader(new StringReader(JSONB.toJson(ExchangeTotals.of(ExchangeReport.totals(c))))).readObject();
    }
}
