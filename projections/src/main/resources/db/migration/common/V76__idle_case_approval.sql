-- Issue 14: the people's government's approval of a recovery or an Art. 12 disposal (报本级人民政府批准), published
-- with the disposal in the idle-land disclosure list. Null for disposals decided before approval was recorded.
alter table idle_case add column approval_no varchar(64);
alter table idle_case add column approved_on date;
