package org.opentvs.operations.control;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.opentvs.platform.control.Json;

/** Executions, steps and parameters as the JSON of the jobs API. */
public final class JobJson {

    private JobJson() {
    }

    public static JsonObject properties(Properties properties) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (properties != null) {
            new TreeMap<>(properties).forEach((k, v) -> json.add(String.valueOf(k), String.valueOf(v)));
        }
        return json.build();
    }

    public static JsonObject execution(JobExecution e, List<StepExecution> steps) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("executionId", e.getExecutionId()).add("job", e.getJobName())
                .add("batchStatus", String.valueOf(e.getBatchStatus()));
        add(json, "exitStatus", e.getExitStatus());
        add(json, "startedAt", e.getStartTime());
        add(json, "endedAt", e.getEndTime());
        json.add("parameters", properties(e.getJobParameters()));
        json.add("steps", steps(steps));
        return json.build();
    }

    public static JsonArrayBuilder steps(List<StepExecution> steps) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (StepExecution s : steps) {
            JsonObjectBuilder step = Json.createObjectBuilder().add("stepExecutionId", s.getStepExecutionId())
                    .add("step", s.getStepName()).add("batchStatus", String.valueOf(s.getBatchStatus()));
            add(step, "exitStatus", s.getExitStatus());
            add(step, "startedAt", s.getStartTime());
            add(step, "endedAt", s.getEndTime());
            step.add("metrics", metrics(s.getMetrics()));
            list.add(step);
        }
        return list;
    }

    public static JsonObject metrics(Metric[] metrics) {
        long read = 0;
        long write = 0;
        long commit = 0;
        long skip = 0;
        long rollback = 0;
        long filter = 0;
        for (Metric m : metrics == null ? new Metric[0] : metrics) {
            switch (m.getType()) {
                case READ_COUNT -> read = m.getValue();
                case WRITE_COUNT -> write = m.getValue();
                case COMMIT_COUNT -> commit = m.getValue();
                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skip += m.getValue();
                case ROLLBACK_COUNT -> rollback = m.getValue();
                case FILTER_COUNT -> filter = m.getValue();
                default -> {}
            }
        }
        return Json.createObjectBuilder().add("read", read).add("write", write).add("commit", commit).add("skip", skip)
                .add("rollback", rollback).add("filter", filter).build();
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Date d) {
            json.add(name, d.toInstant().toString());
        } else {
            json.add(name, value.toString());
        }
    }
}
