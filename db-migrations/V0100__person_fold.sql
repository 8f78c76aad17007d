-- One folding of names for every caller (org.opentvs.person.NameFolding.fold and letters): the special
-- letters spelled out, compatibility decomposition (NFKD), the combining-mark blocks removed, apostrophes
-- removed, ASCII letters upper-cased with translate (so nothing depends on the database's locale), every
-- other character a word separator. The blocking keys (recon_name_key, recon_initial) are made of its
-- letters, and so is the holdings link key, recomputed here for the identities stored before.
-- PersonNameKeysIT holds these functions and the Java ones to the golden list (src/test/resources/person/golden.tsv).
create or replace function person_fold(name text) returns text language sql immutable parallel safe as $$
    select btrim(regexp_replace(translate(regexp_replace(regexp_replace(normalize(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            coalesce(name, ''), 'ß', 'SS'), 'ẞ', 'SS'), 'Æ', 'AE'), 'æ', 'AE'), 'Ø', 'O'), 'ø', 'O'), 'Œ', 'OE'), 'œ', 'OE'),
            'Ł', 'L'), 'ł', 'L'), 'Đ', 'D'), 'đ', 'D'), 'Þ', 'TH'), 'þ', 'TH'), 'ı', 'I'),
        NFKD), '[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]', '', 'g'), '[''`’‘]', '', 'g'),
        'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), '[^A-Z]+', ' ', 'g'))
$$;

create or replace function person_letters(name text) returns text language sql immutable parallel safe as $$
    select replace(person_fold(name), ' ', '')
$$;

-- recon_name_key and recon_initial (V0080) are defined on person_letters and follow it; the departure
-- keys stored before are recomputed
update recon_departure set name_key = recon_name_key(family_name), given_key = recon_initial(given_names)
 where name_key is distinct from recon_name_key(family_name) or given_key is distinct from recon_initial(given_names);

update holding_identity set name_key = person_letters(family_name) || '|' || person_letters(given_names) || '|'
       || coalesce(to_char(date_of_birth, 'YYYY-MM-DD'), '') || '|' || person_letters(nationality)
 where name_key is distinct from person_letters(family_name) || '|' || person_letters(given_names) || '|'
       || coalesce(to_char(date_of_birth, 'YYYY-MM-DD'), '') || '|' || person_letters(nationality);
