-- Job operations (org.opentvs.operations): one execution of a job at a time, across the cluster.
-- A row here is the claim of the job by one execution; it is released when the execution ends,
-- and taken over when its execution is no longer running or its node stopped sending heartbeats.
create table job_lock (
    job          varchar(60) primary key,
    execution_id bigint,
    holder       varchar(200) not null,
    acquired_at  timestamptz not null,
    heartbeat_at timestamptz not null
);

-- Each scheduled firing (job, slot) starts at most once, whichever node's timer sees it first.
create table job_schedule_slot (
    job        varchar(60) not null,
    slot       timestamptz not null,
    fired_by   varchar(200) not null,
    primary key (job, slot)
);
