-- Regency settings edited by BKPSDM on /pengaturan (issue 3, "Configuration, not code"). At most one row
-- (id = 1). Without a row the documents print sipetruk.regency.* from the configuration; with one, the row's
-- values replace them (all together; "Kembalikan ke konfigurasi" deletes the row). Plain types that H2 and
-- PostgreSQL both know.
create table regency_setting (
    id                     integer       not null primary key,
    regency_name           varchar(150)  not null,
    regent_title           varchar(150)  not null,
    regent_name            varchar(150)  not null,
    regent_nip             varchar(18),
    bkpsdm_name            varchar(200)  not null,
    bkpsdm_head_name       varchar(150)  not null,
    bkpsdm_head_nip        varchar(18)   not null,
    -- the letterhead's lines under the BKPSDM name (address, telephone, e-mail), one per line
    letterhead_lines       varchar(1000),
    place                  varchar(100)  not null,
    decree_number_pattern  varchar(100)  not null,
    -- PNG or JPEG, checked by content, at most 500 KB; null = no logo
    logo                   bytea,
    logo_content_type      varchar(20),
    updated_by             varchar(100)  not null,
    updated_at             timestamp     not null,
    constraint ck_regency_setting_single check (id = 1)
);
