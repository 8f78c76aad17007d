package org.opentvs.operations.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One job as {@code GET /admin/jobs} lists it: its schedule ({@code off} when none) and newest execution ({@code null} before the first). */
@JsonbPropertyOrder({"job", "schedule", "lastExecution"})
public record JobReply(String job, String schedule, @JsonbNillable JobExecutionReply lastExecution) {
}
