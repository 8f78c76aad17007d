-- Watch-list entries can be changed in place (PUT): each change raises the entry's version. A hotlist
-- hit remembers the version that found it, so the rescreening after a change withdraws the hits that
-- the new content no longer produces (on open flights) and a hit the new content finds again reopens
-- the same row (still once per subject, kind and entry). opened_by is the token of the statement that
-- last created or reopened the row: that statement alone counts it as new.
alter table watchlist_entry add column version integer not null default 0;
alter table watchlist_entry add column changed_at timestamptz;
alter table watchlist_entry add column changed_by varchar(200);
alter table hotlist_entry add column entry_version integer;
alter table hotlist_entry add column opened_by uuid;
