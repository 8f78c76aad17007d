package org.opentvs.operations.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What starting, stopping or restarting an execution answers (202): the execution, its job and its batch status now. */
@JsonbPropertyOrder({"executionId", "job", "status"})
public record JobAccepted(long executionId, String job, String status) {
}
