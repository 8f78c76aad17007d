-- Probable-EWI screening asks, for every departing traveler, whether an entry crossing exists for one
-- of their documents: without this index that is a scan of all crossings per traveler.
create index crossing_entry_document on crossing (document_number, document_country) where direction = 'ENTRY';
