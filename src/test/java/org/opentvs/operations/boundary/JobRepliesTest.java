package org.opentvs.operations.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The jobs API's replies: the JSON the hand-built JSON-P wrote, field for field (nulls written for what is not known yet). */
class JobRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final String DONE_STEP = "{\"stepExecutionId\":11,\"step\":\"purge\",\"batchStatus\":\"COMPLETED\",\"exitStatus\":\"COMPLETED\","
            + "\"startedAt\":\"2026-01-02T03:04:05Z\",\"endedAt\":\"2026-01-02T03:05:00.500Z\","
            + "\"metrics\":{\"read\":10,\"write\":9,\"commit\":2,\"skip\":3,\"rollback\":1,\"filter\":1}}";

    private static final String RUNNING_STEP = "{\"stepExecutionId\":12,\"step\":\"report\",\"batchStatus\":\"STARTED\",\"exitStatus\":null,"
            + "\"startedAt\":\"2026-01-02T03:05:01Z\",\"endedAt\":null,"
            + "\"metrics\":{\"read\":0,\"write\":0,\"commit\":0,\"skip\":0,\"rollback\":0,\"filter\":0}}";

    @Test
    void anEndedExecutionShowsItsParametersByNameAndItsSteps() {
        Properties parameters = new Properties();
        parameters.setProperty("trigger", "api");
        parameters.setProperty("category", "crossing");
        JobExecution e = execution(7, "retention-purge", BatchStatus.COMPLETED, "COMPLETED", at("2026-01-02T03:04:05Z"),
                at("2026-01-02T03:05:02Z"), parameters);
        assertEquals("{\"executionId\":7,\"job\":\"retention-purge\",\"batchStatus\":\"COMPLETED\",\"exitStatus\":\"COMPLETED\","
                + "\"startedAt\":\"2026-01-02T03:04:05Z\",\"endedAt\":\"2026-01-02T03:05:02Z\","
                + "\"parameters\":{\"category\":\"crossing\",\"trigger\":\"api\"},\"steps\":[" + DONE_STEP + "," + RUNNING_STEP + "]}",
                JSONB.toJson(JobExecutionReply.of(e, List.of(doneStep(), runningStep()))));
    }

    @Test
    void anExecutionNotStartedYetHasNullsAndNoSteps() {
        JobExecution e = execution(8, "reconciliation", BatchStatus.STARTING, null, null, null, null);
        JobReply job = new JobReply("reconciliation", "daily 02:00", JobExecutionReply.of(e, List.of()));
        assertEquals("[{\"job\":\"reconciliation\",\"schedule\":\"daily 02:00\",\"lastExecution\":{\"executionId\":8,\"job\":"
                + "\"reconciliation\",\"batchStatus\":\"STARTING\",\"exitStatus\":null,\"startedAt\":null,\"endedAt\":null,"
                + "\"parameters\":{},\"steps\":[]}},{\"job\":\"report-rollup\",\"schedule\":\"off\",\"lastExecution\":null}]",
                JSONB.toJson(List.of(job, new JobReply("report-rollup", "off", null))));
    }

    @Test
    void aJobsExecutionsAndAnAcceptedStart() {
        assertEquals("{\"job\":\"report-rollup\",\"schedule\":\"off\",\"executions\":[]}",
                JSONB.toJson(new JobExecutionsReply("report-rollup", "off", List.of())));
        assertEquals("{\"executionId\":7,\"job\":\"retention-purge\",\"status\":\"STARTING\"}",
                JSONB.toJson(new JobAccepted(7, "retention-purge", "STARTING")));
    }

    @Test
    void theStoredStepsAreTheStepsAsShown() {
        assertEquals("[" + DONE_STEP + "," + RUNNING_STEP + "]", StepReply.stored(List.of(doneStep(), runningStep())));
        assertEquals("[]", StepReply.stored(List.of()));
    }

    private static StepExecution doneStep() {
        Metric[] metrics = {metric(Metric.MetricType.READ_COUNT, 10), metric(Metric.MetricType.WRITE_COUNT, 9),
                metric(Metric.MetricType.COMMIT_COUNT, 2), metric(Metric.MetricType.READ_SKIP_COUNT, 1),
                metric(Metric.MetricType.PROCESS_SKIP_COUNT, 1), metric(Metric.MetricType.WRITE_SKIP_COUNT, 1),
                metric(Metric.MetricType.ROLLBACK_COUNT, 1), metric(Metric.MetricType.FILTER_COUNT, 1)};
        return step(11, "purge", BatchStatus.COMPLETED, "COMPLETED", at("2026-01-02T03:04:05Z"), at("2026-01-02T03:05:00.500Z"), metrics);
    }

    private static StepExecution runningStep() {
        return step(12, "report", BatchStatus.STARTED, null, at("2026-01-02T03:05:01Z"), null, null);
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Metric metric(Metric.MetricType type, long value) {
        return proxy(Metric.class, Map.of("getType", type, "getValue", value));
    }

    private static JobExecution execution(long id, String job, BatchStatus status, String exit, Date started, Date ended, Properties p) {
        Map<String, Object> values = new HashMap<>();
        values.put("getExecutionId", id);
        values.put("getJobName", job);
        values.put("getBatchStatus", status);
        values.put("getExitStatus", exit);
        values.put("getStartTime", started);
        values.put("getEndTime", ended);
        values.put("getJobParameters", p);
        return proxy(JobExecution.class, values);
    }

    private static StepExecution step(long id, String step, BatchStatus status, String exit, Date started, Date ended, Metric[] metrics) {
        Map<String, Object> values = new HashMap<>();
        values.put("getStepExecutionId", id);
        values.put("getStepName", step);
        values.put("getBatchStatus", status);
        values.put("getExitStatus", exit);
        values.put("getStartTime", started);
        values.put("getEndTime", ended);
        values.put("getMetrics", metrics);
        return proxy(StepExecution.class, values);
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            if (!values.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return values.get(method.getName());
        }));
    }
}
