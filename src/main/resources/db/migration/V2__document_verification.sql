-- Verification code of every generated document (issue 3): printed on the PDF and in its QR code, checked on
-- the public page /verifikasi/{code}. Documents made before this migration have no code (null is allowed
-- more than once by a unique index on H2 and PostgreSQL).
alter table generated_document add column verification_code varchar(16);
-- What the document prints and the verification page shows again: one "label<TAB>value" line per fact.
alter table generated_document add column verification_facts varchar(65535);

create unique index uq_document_verification_code on generated_document(verification_code);
