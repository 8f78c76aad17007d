package org.opentvs.operations.boundary;

import jakarta.batch.runtime.StepExecution;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** One step of an execution: its status, exit status and times ({@code null} until known) and counts. */
@JsonbPropertyOrder({"stepExecutionId", "step", "batchStatus", "exitStatus", "startedAt", "endedAt", "metrics"})
public record StepReply(long stepExecutionId, String step, String batchStatus, @JsonbNillable String exitStatus,
        @JsonbNillable Instant startedAt, @JsonbNillable Instant endedAt, StepMetrics metrics) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    static StepReply of(StepExecution s) {
        return new StepReply(s.getStepExecutionId(), s.getStepName(), String.valueOf(s.getBatchStatus()), s.getExitStatus(),
                JobExecutionReply.instant(s.getStartTime()), JobExecutionReply.instant(s.getEndTime()), StepMetrics.of(s.getMetrics()));
    }

    static List<StepReply> of(List<StepExecution> steps) {
        return steps.stream().map(StepReply::of).toList();
    }

    /** The steps as {@code job_run.summary} keeps them: the same JSON as the execution shows. */
    static String stored(List<StepExecution> steps) {
        return JSONB.toJson(of(steps));
    }
}
