-- The purge asks per quarantined message whether a manifest still refers to it.
create index manifest_raw_message on manifest (raw_message_id);
