package org.opentvs.operations.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opentvs.operations.control.JobCatalog;
import org.opentvs.operations.control.JobRuns;
import org.opentvs.security.boundary.CurrentCaller;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/** {@code /api/v1/admin/jobs}: every batch job's executions, and starting, stopping and restarting them. */
@RequestScoped
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    private static final int MAX_EXECUTIONS = 200;

    @Inject
    JobLauncher launcher;

    @Inject
    JobCatalog catalog;

    @Inject
    JobRuns runs;

    @Inject
    CurrentCaller caller;

    @GET
    @Roles({Role.BATCH_OPERATOR, Role.ADMIN})
    public List<JobReply> jobs() {
        runs.sync();
        List<JobReply> list = new ArrayList<>();
        for (String job : catalog.names()) {
            List<JobExecutionReply> last = executions(job, 1);
            list.add(new JobReply(job, catalog.scheduleText(job).orElse("off"), last.isEmpty() ? null : last.get(0)));
        }
        return list;
    }

    @POST
    @Path("{job}")
    @Roles({Role.BATCH_OPERATOR, Role.ADMIN})
    public Response start(@PathParam("job") String job, String body) {
        launcher.requireJob(job);
        java.util.Map<String, String> parameters = JobParameters.parse(body);
        parameters.putIfAbsent("trigger", "api");
        long id = launcher.start(job, parameters, caller.get().auditName());
        return accepted(job, id);
    }

    @GET
    @Path("{job}")
    @Roles({Role.BATCH_OPERATOR, Role.ADMIN})
    public JobExecutionsReply executions(@PathParam("job") String job, @QueryParam("limit") Integer limit) {
        launcher.requireJob(job);
        runs.sync();
        return new JobExecutionsReply(job, catalog.scheduleText(job).orElse("off"),
                executions(job, limit == null ? 50 : Math.max(1, Math.min(limit, MAX_EXECUTIONS))));
    }

    @GET
    @Path("{job}/executions/{id}")
    @Roles({Role.BATCH_OPERATOR, Role.ADMIN})
    public JobExecutionReply execution(@PathParam("job") String job, @PathParam("id") long id) {
        JobExecution execution = launcher.execution(job, id);
        return JobExecutionReply.of(execution, BatchRuntime.getJobOperator().getStepExecutions(id));
    }

    @POST
    @Path("{job}/executions/{id}/stop")
    @Roles({Role.BATCH_OPERATOR, Role.ADMIN})
    public Response stop(@PathParam("job") String job, @PathParam("id") long id) {
        launcher.stop(job, id, caller.get().auditName());
        return Response
                .accepted(new JobAccepted(id, job, String.valueOf(BatchRuntime.getJobOperator().getJobExecution(id).getBatchStatus())))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("{job}/executions/{id}/restart")
    @Roles({Role.BATCH_OPERATOR, Role.ADMIN})
    public Response restart(@PathParam("job") String job, @PathParam("id") long id, String body) {
        java.util.Map<String, String> overrides = JobParameters.parse(body);
        overrides.putIfAbsent("trigger", "restart");
        long restarted = launcher.restart(job, id, overrides, caller.get().auditName());
        return accepted(job, restarted);
    }

    private Response accepted(String job, long id) {
        String status = String.valueOf(BatchRuntime.getJobOperator().getJobExecution(id).getBatchStatus());
        return Response.accepted(new JobAccepted(id, job, status)).type(MediaType.APPLICATION_JSON).build();
    }

    /** The newest executions of a job first; none before its first run. */
    private List<JobExecutionReply> executions(String job, int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> all = new ArrayList<>();
        try {
            int count = operator.getJobInstanceCount(job);
            for (JobInstance instance : operator.getJobInstances(job, 0, Math.min(count, max))) {
                all.addAll(operator.getJobExecutions(instance));
            }
        } catch (NoSuchJobException never) {
            return List.of();
        }
        return all.stream().sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed()).limit(max)
                .map(e -> JobExecutionReply.of(e, operator.getStepExecutions(e.getExecutionId()))).toList();
    }

}
