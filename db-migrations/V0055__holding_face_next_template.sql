-- Re-enrolment writes a face's new template beside the one galleries use now; the job's last step
-- switches all of them in one transaction.
alter table holding_face
    add column next_algorithm varchar(40),
    add column next_version   varchar(40),
    add column next_dimension integer,
    add column next_template  bytea;
