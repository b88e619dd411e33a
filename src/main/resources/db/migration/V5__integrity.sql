-- Integrity (issue 10): what a task is about is fixed by the server, numbers that must be unique are, and
-- concurrent edits are detected instead of lost.

-- The subject of every user task, written by the server when the engine creates the task and never changed:
-- the period, nomination, OPD, panel member or decree the task acts on, and the role that must complete it.
-- Rows stay after the task ends (the audit trail reads them).
create table task_subject (
    task_id                 varchar(64)   not null primary key,
    process_instance_id     varchar(64)   not null,
    -- the activity instance that contains the task (the OPD's or the finalist's sub-process), so that the
    -- service tasks after it find the same subject
    scope_instance_id       varchar(64),
    task_key                varchar(100)  not null,
    period_id               bigint        not null references award_period(id),
    opd_code                varchar(40),
    nomination_id           bigint        references nomination(id),
    panel_member            varchar(100),
    decree_id               bigint        references decree(id),
    role_group              varchar(100)  not null,
    created_at              timestamp     not null
);

create index ix_task_subject_scope on task_subject(scope_instance_id);
create index ix_task_subject_period on task_subject(period_id);

-- Counters that hand out numbers (decree numbers per year, period codes per year): one row per counter,
-- incremented under a row lock, so two approvals or two starts at once never get the same number.
create table number_counter (
    name        varchar(100)  not null primary key,
    last_value  integer       not null
);

-- A decree number is unique, and a period has at most one approved decree (the column is set on approval only;
-- unique indexes allow many nulls on H2 and PostgreSQL).
alter table decree add column approved_period_id bigint references award_period(id);
create unique index uq_decree_number on decree(decree_number);
create unique index uq_decree_approved_period on decree(approved_period_id);

-- Optimistic locking: an edit based on a stale read is refused (409) instead of overwriting another's.
alter table award_period add column row_version bigint default 0 not null;
alter table nomination add column row_version bigint default 0 not null;
alter table assessment add column row_version bigint default 0 not null;
alter table decree add column row_version bigint default 0 not null;
