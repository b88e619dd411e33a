-- Issue 12: SIASN's organisational units (UNOR: a school, a puskesmas, a bidang) and the OPD each belongs to.
-- BKPSDM keeps this mapping; the employee import suggests it from SATUAN KERJA the first time a UNOR appears.
create table unor (
    code           varchar(64)   not null primary key,
    name           varchar(300)  not null,
    work_unit      varchar(300),
    opd_id         bigint        not null references opd(id)
);

alter table employee add column unor_code varchar(64);
