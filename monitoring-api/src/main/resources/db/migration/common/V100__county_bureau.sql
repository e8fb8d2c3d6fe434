-- The bureau that issues a county's notices (issue 20). Plain SQL that both PostgreSQL and H2 (PostgreSQL mode) run.
--
-- A seed file names its county's bureau ("county": { …, "bureau": "新河县自然资源和规划局" }); the import keeps it here
-- under the county's 6-digit district code, so that each notice is signed by the bureau of its parcel's county (the
-- demo's three counties each by their own) and still is after a restart. A parcel of a county not listed here is
-- signed with parcelwatch.bureau.name.
create table county_bureau (
    district_code varchar(6)               not null primary key,
    bureau_name   varchar(200)             not null,
    updated_at    timestamp with time zone not null
);
