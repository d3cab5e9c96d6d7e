-- Listings show the newest statement first; this index lets a filtered page stop after its rows instead of sorting
-- every match.
create index commitment_stated_on_id on commitment (stated_on desc, id);
