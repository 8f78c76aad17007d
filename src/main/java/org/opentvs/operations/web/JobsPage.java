package org.opentvs.operations.web;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.opentvs.operations.boundary.JobExecutionReply;
import org.opentvs.operations.boundary.JobLauncher;
import org.opentvs.operations.boundary.JobParameters;
import org.opentvs.operations.boundary.JobsResource;
import org.opentvs.operations.boundary.StepMetrics;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.entity.Role;

/**
 * The batch jobs page: each job with its schedule and executions (steps, counts, exit status), and
 * start, stop and restart, through the same launcher as the API (one run at a time, audited).
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record StepRow(String step, String status, String exitStatus, long read, long write, long commit, long skip, long rollback) {
    }

    public record ExecutionRow(long id, String status, String exitStatus, String startedAt, String endedAt, String parameters,
            List<StepRow> steps) {

        public boolean running() {
            return status.equals("STARTING") || status.equals("STARTED");
        }

        public boolean restartable() {
            return status.equals("STOPPED") || status.equals("FAILED");
        }
    }

    public record JobRow(String job, String schedule, List<ExecutionRow> executions) {
    }

    @Inject
    transient JobsResource resource;

    @Inject
    transient JobLauncher launcher;

    @Inject
    transient CurrentCaller caller;

    private String parameters = "";
    private List<JobRow> jobs;

    public List<JobRow> getJobs() {
        if (jobs == null) {
            requireOperator();
            jobs = resource.jobs().stream().map(j -> new JobRow(j.job(), j.schedule(), executions(j.job()))).toList();
        }
        return jobs;
    }

    private List<ExecutionRow> executions(String job) {
        return resource.executions(job, 20).executions().stream().map(JobsPage::execution).toList();
    }

    private static ExecutionRow execution(JobExecutionReply e) {
        List<StepRow> steps = e.steps().stream().map(s -> {
            StepMetrics m = s.metrics();
            return new StepRow(s.step(), s.batchStatus(), text(s.exitStatus()), m.read(), m.write(), m.commit(), m.skip(), m.rollback());
        }).toList();
        return new ExecutionRow(e.executionId(), e.batchStatus(), text(e.exitStatus()), text(e.startedAt()), text(e.endedAt()),
                e.parameters().toString(), steps);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public void start(String job) {
        act(() -> {
            Map<String, String> given = JobParameters.parse(parameters.isBlank() ? "" : parameters);
            given.putIfAbsent("trigger", "portal");
            return "Started " + job + " as execution " + launcher.start(job, given, caller.get().auditName());
        });
    }

    public void stop(String job, long id) {
        act(() -> {
            launcher.stop(job, id, caller.get().auditName());
            return "Stopping execution " + id + ": " + BatchRuntime.getJobOperator().getJobExecution(id).getBatchStatus();
        });
    }

    public void restart(String job, long id) {
        act(() -> "Restarted execution " + id + " as " + launcher.restart(job, id, Map.of("trigger", "portal"), caller.get().auditName()));
    }

    private void act(java.util.function.Supplier<String> action) {
        requireOperator();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), null));
        } catch (ApiException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        jobs = null;
    }

    private void requireOperator() {
        if (!caller.get().hasRole(Role.BATCH_OPERATOR) && !caller.get().hasRole(Role.ADMIN)) {
            throw ApiException.forbidden("Batch jobs are for batch operators and administrators");
        }
    }

    public void refresh() {
        jobs = null;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters == null ? "" : parameters;
    }
}
