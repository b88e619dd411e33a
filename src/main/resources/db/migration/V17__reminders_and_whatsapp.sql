-- Issue 13, reminders and escalation: a notification is now about one of several occasions of a task (its arrival,
-- a reminder before its due date, BKPSDM told that it is overdue) and goes through one channel (e-mail, or a
-- WhatsApp gateway). A person is still told once per task, occasion and channel; BKPSDM's "kirim pengingat"
-- makes a further round of reminders.
alter table notification drop constraint uq_notification;
alter table notification add column kind varchar(10) default 'TASK' not null;
alter table notification add column channel varchar(10) default 'EMAIL' not null;
alter table notification add column round int default 0 not null;
alter table notification add constraint uq_notification unique (task_id, recipient, kind, channel, round);
-- the number a WhatsApp gateway sends to (E.164 without "+", e.g. 6281234567890); none: no WhatsApp
alter table notification_preference add column whatsapp varchar(20);
alter table notification_preference alter column mode set default 'PER_TASK';
-- how many days before a stage's deadline the holders of its open tasks are reminded
alter table award_period add column reminder_days int default 2 not null;
