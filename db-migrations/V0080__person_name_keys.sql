-- Reconciliation's blocking keys as the person-matching kernel defines them (org.opentvs.person.control.NameKeys):
-- ASCII letters after the special letters are spelled out and accents removed (normalize NFD, then every
-- non-letter dropped, so the result does not depend on the database's locale), then the consonant skeleton.
-- PersonNameKeysIT runs these and the Java ones on the same names and expects the same keys.
create or replace function person_letters(name text) returns text language sql immutable parallel safe as $$
    select upper(regexp_replace(normalize(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            coalesce(name, ''), 'ß', 'SS'), 'ẞ', 'SS'), 'Æ', 'AE'), 'æ', 'AE'), 'Ø', 'O'), 'ø', 'O'), 'Œ', 'OE'), 'œ', 'OE'),
            'Ł', 'L'), 'ł', 'L'), 'Đ', 'D'), 'đ', 'D'), 'Þ', 'TH'), 'þ', 'TH'), 'ı', 'I'),
        NFD), '[^A-Za-z]', '', 'g'))
$$;

create or replace function recon_name_key(name text) returns varchar language sql immutable parallel safe as $$
    select left(regexp_replace(regexp_replace(replace(person_letters(name), 'PH', 'F'),
        '(.)[AEIOUYHW]+', '\1', 'g'), '(.)\1+', '\1', 'g'), 4)
$$;

create or replace function recon_initial(name text) returns varchar language sql immutable parallel safe as $$
    select left(person_letters(name), 1)
$$;

-- the stored keys of departures collected before
update recon_departure set name_key = recon_name_key(family_name), given_key = recon_initial(given_names)
 where name_key is distinct from recon_name_key(family_name) or given_key is distinct from recon_initial(given_names);
