package org.opentvs.operations.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A job's schedule ({@code off} when none) and its newest executions, newest first. */
@JsonbPropertyOrder({"job", "schedule", "executions"})
public record JobExecutionsReply(String job, String schedule, List<JobExecutionReply> executions) {
}
