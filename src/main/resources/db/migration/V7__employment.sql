-- Issue 12, "PNS and PPPK": what kind of ASN an employee is, and his legal status (SIASN's KEDUDUKAN HUKUM).
-- Existing rows: a PPPK's number has 21 in its 13th and 14th digits; the legal status is unknown until imported.
alter table employee add column employment_type varchar(10) default 'PNS' not null;
alter table employee add column legal_status_code varchar(4);
alter table employee add column legal_status_name varchar(100);
update employee set employment_type = 'PPPK' where substring(nip, 13, 2) = '21';
