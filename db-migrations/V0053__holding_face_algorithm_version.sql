-- A reference template is tied to the algorithm and its version that extracted it (re-enrolment).
alter table holding_face add column algorithm_version varchar(40);
