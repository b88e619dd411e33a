-- Issue 12: when an employee entered service (SIASN's TMT CPNS), for eligibility rules such as a minimum number of
-- years of service. Unknown until imported; a PNS's NIP holds the month, which is used meanwhile.
alter table employee add column service_start date;
