-- Issue 12 (scale): employees get their ids from a sequence, 50 at a time, instead of the identity column, so that
-- Hibernate can send the inserts of a 50,000-row employee import in JDBC batches (an identity id is only known
-- after each single insert). The sequence starts far above any id the identity column has handed out (one per
-- employee ever inserted), written as a constant because H2 and PostgreSQL share no statement that restarts a
-- sequence from max(id); the identity column stays for rows inserted without an id (none in SI PETRUK).
create sequence employee_seq start with 1000000001 increment by 50;
