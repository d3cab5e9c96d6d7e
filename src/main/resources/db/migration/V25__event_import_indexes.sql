-- An import writes one entry per event into every index on event; entries of an index that does not lead with the
-- event id land all over it, and H2 rewrites each page they touch. The index on (trusted, occurred_on) only served the
-- lookup of untrusted events for a commitment recorded after an import, which the occurred_on index serves as well
-- (nearly every event after a GDELT import is untrusted), so it goes.
drop index event_untrusted;
