-- Issue 13: each person chooses one e-mail per task (the default, no row) or one digest a day.
create table notification_preference (
    user_id  varchar(64) not null primary key,
    mode     varchar(15) not null
);
-- a notification held for the recipient's daily digest
alter table notification add column digest boolean default false not null;
