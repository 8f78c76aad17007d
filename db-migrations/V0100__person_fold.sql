-- One folding of names for every caller (org.opentvs.person.NameFolding): person_plain spells out the
-- special letters, decomposes (NFKD), removes the combining-mark blocks and apostrophes and upper-cases
-- the ASCII letters with translate (so nothing depends on the database's locale); person_fold makes every
-- other character a word separator, person_letters keeps its letters only (of which recon_name_key and
-- recon_initial, V0080, make the blocking keys), person_alnum its letters and digits (the holdings link
-- key, recomputed here for the identities stored before).
-- PersonNameKeysIT holds these functions and the Java ones to the golden list (src/test/resources/person/golden.tsv).
create or replace function person_plain(name text) returns text language sql immutable parallel safe as $$
    select translate(regexp_replace(regexp_replace(normalize(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            coalesce(name, ''), 'ß', 'SS'), 'ẞ', 'SS'), 'Æ', 'AE'), 'æ', 'AE'), 'Ø', 'O'), 'ø', 'O'), 'Œ', 'OE'), 'œ', 'OE'),
            'Ł', 'L'), 'ł', 'L'), 'Đ', 'D'), 'đ', 'D'), 'Þ', 'TH'), 'þ', 'TH'), 'ı', 'I'),
        NFKD), '[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]', '', 'g'), '[''`’‘]', '', 'g'),
        'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
$$;

create or replace function person_fold(name text) returns text language sql immutable parallel safe as $$
    select btrim(regexp_replace(person_plain(name), '[^A-Z]+', ' ', 'g'))
$$;

create or replace function person_letters(name text) returns text language sql immutable parallel safe as $$
    select regexp_replace(person_plain(name), '[^A-Z]+', '', 'g')
$$;

create or replace function person_alnum(name text) returns text language sql immutable parallel safe as $$
    select regexp_replace(person_plain(name), '[^A-Z0-9]+', '', 'g')
$$;

-- the departure keys stored before
update recon_departure set name_key = recon_name_key(family_name), given_key = recon_initial(given_names)
 where name_key is distinct from recon_name_key(family_name) or given_key is distinct from recon_initial(given_names);

update holding_identity set name_key = person_alnum(family_name) || '|' || person_alnum(given_names) || '|'
       || coalesce(to_char(date_of_birth, 'YYYY-MM-DD'), '') || '|' || person_alnum(nationality)
 where name_key is distinct from person_alnum(family_name) || '|' || person_alnum(given_names) || '|'
       || coalesce(to_char(date_of_birth, 'YYYY-MM-DD'), '') || '|' || person_alnum(nationality);
