-- The words a commitment or event was given in, where they differ from the concept ids stored (JSON array of
-- {field, given, concept}); null when every term was given as its concept id.
alter table commitment add column terms_as_given varchar(8000);
alter table event add column terms_as_given varchar(8000);

-- Party terms may now be uncontrolled words (stored as an upper-case slug of up to 100 characters), not only codes.
alter table commitment_actor alter column code set data type varchar(100);
alter table commitment_addressee alter column code set data type varchar(100);
alter table event_participant alter column code set data type varchar(100);
