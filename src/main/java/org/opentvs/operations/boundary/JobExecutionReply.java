package org.opentvs.operations.boundary;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.opentvs.operations.control.JobJson;

/**
 * One execution of a job: status, exit status and times ({@code null} until known), the parameters it was started with
 * (free-form, by name) and its steps. Nillable as a type, so that a job's {@code lastExecution} is written {@code null}: Yasson
 * (3.0) takes whether a null property of a class type is written from that class, not from the component; its own components
 * are written {@code null} when unknown anyway, and {@code parameters} and {@code steps} are never null.
 */
@JsonbNillable
@JsonbPropertyOrder({"executionId", "job", "batchStatus", "exitStatus", "startedAt", "endedAt", "parameters", "steps"})
public record JobExecutionReply(long executionId, String job, String batchStatus, @JsonbNillable String exitStatus,
        @JsonbNillable Instant startedAt, @JsonbNillable Instant endedAt, JsonObject parameters, List<StepReply> steps) {

    static JobExecutionReply of(JobExecution e, List<StepExecution> steps) {
        return new JobExecutionReply(e.getExecutionId(), e.getJobName(), String.valueOf(e.getBatchStatus()), e.getExitStatus(),
                instant(e.getStartTime()), instant(e.getEndTime()), JobJson.properties(e.getJobParameters()), StepReply.of(steps));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
