-- Reconciliation at scale: the exact, fuzzy and classify steps work set-based per partition (hash
-- joins and a window over each person's arrivals and departures), so the per-row lookup indexes of
-- recon_departure only slow the collection of millions of departures down. The fuzzy blocking key
-- gains the initial of the given name, stored once with the departure.

drop index if exists recon_departure_document;
drop index if exists recon_departure_identity;
drop index if exists recon_departure_dob;
drop index if exists recon_departure_name;

-- First letter of a name, upper case, diacritics folded (blocking only; matching compares whole names).
create or replace function recon_initial(name text) returns varchar language sql immutable parallel safe as $$
    select translate(upper(left(ltrim(coalesce(name, '')), 1)), 'ÀÁÂÃÄÅĀÇČĆÈÉÊËĒĚÌÍÎÏĪÑŃŇÒÓÔÕÖØŌŘŠŚŞÙÚÛÜŪŮÝŸŽŹŻ',
                                                                  'AAAAAAACCCEEEEEEIIIIINNNOOOOOOORSSSUUUUUUYYZZZ')
$$;

alter table recon_departure add column given_key varchar(1);
update recon_departure set given_key = recon_initial(given_names);
