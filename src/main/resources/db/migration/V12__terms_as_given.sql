-- The words a commitment or event was given in, where they differ from the concept ids stored (JSON array of
-- {field, given, concept}); null when every term was given as its concept id.
alter table commitment add column terms_as_given varchar(8000);
alter table event add column terms_as_given varchar(8000);
