-- An import belongs to the instance running it while that instance shows it is alive. Several instances share one
-- database: one that starts must not mark another's running import failed, and two that take the same file at once
-- must not both import it.
--   run_by          the instance running the import (tracker.instance-name, or host/pid)
--   heartbeat_at    when that instance last said it was still running it; an import whose heartbeat lapses
--                   (tracker.intake.lease) was interrupted and is marked failed
--   running_sha256  the file's SHA-256 while the import runs, null once it ended: unique, so a second import of a
--                   file being imported is refused by the database itself
alter table import_run add column run_by varchar(200);
alter table import_run add column heartbeat_at timestamp(6) with time zone;
alter table import_run add column running_sha256 varchar(64);
update import_run set running_sha256 = sha256 where status = 'RUNNING'
    and id = (select max(id) from import_run newest where newest.sha256 = import_run.sha256 and newest.status = 'RUNNING');
create unique index import_run_running_sha256 on import_run (running_sha256);
