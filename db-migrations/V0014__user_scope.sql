-- People have a scope too: an officer sees the alerts of their own ports only.
alter table app_user add column carriers varchar(1000) not null default '';
alter table app_user add column airports varchar(1000) not null default '';
alter table app_user add column ports    varchar(1000) not null default '';
