-- Issue 12: SI PETRUK's own facts about a login, next to Camunda's user (ACT_ID_USER keeps id, name, e-mail,
-- password and groups). A login without a row here is active and needs no password change.
create table account (
    user_id               varchar(64)   not null primary key,
    nip                   varchar(18),
    must_change_password  boolean       not null default false,
    active                boolean       not null default true,
    status_changed_at     timestamp,
    status_changed_by     varchar(64)
);
