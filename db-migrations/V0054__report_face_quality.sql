-- Which algorithm version produced each number, and the face quality of image captures, in the
-- reporting summaries (accuracy per algorithm + version; mean inter-eye distance and sharpness per device).
alter table report_hour
    add column algorithm_version  varchar(40) not null default '',
    add column faces              integer not null default 0,
    add column inter_eye_sum      double precision not null default 0,
    add column sharpness_sum      double precision not null default 0;
alter table report_device_day
    add column faces              integer not null default 0,
    add column inter_eye_sum      double precision not null default 0,
    add column sharpness_sum      double precision not null default 0,
    add column failures_no_face   integer not null default 0,
    add column failures_quality   integer not null default 0;
